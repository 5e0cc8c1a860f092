import type { CollectionConfig, Field } from 'payload'

/** Changes a host app may make to a collection the plugin adds. */
export type CollectionOverride = {
  /** Shallow overrides of the collection config (labels, admin, hooks, ...). */
  overrides?: Partial<CollectionConfig>
  /** Receives the plugin's fields and returns the fields to use. */
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

export const COLLECTION_KEYS = ['articles', 'statements', 'delegates', 'reporters', 'media', 'users', 'audit', 'comments', 'imports'] as const
export type CollectionKey = (typeof COLLECTION_KEYS)[number]

export type NewsroomPluginConfig = {
  /**
   * Keep the schema (collections and fields) but switch behaviour off:
   * scheduled jobs and admin additions are not installed.
   */
  disabled?: boolean
  /** Per-collection overrides, keyed by collection slug. */
  collections?: Partial<Record<CollectionKey, CollectionOverride>>
  /** The public site's origin, used for CORS, CSRF and canonical URLs. Default http://localhost:3000. */
  siteURL?: string
  /** Where uploads are stored on disk when no storage adapter is used. Default `.data/media`. */
  mediaDir?: string
  /** Run scheduled publishing in this process (every minute). Default true; set false on web-only nodes. */
  runJobs?: boolean
  /** How often the job runner looks for due work (cron, seconds allowed). Default every minute. */
  jobsCron?: string
  /**
   * How the admin shows dates and times (a date-fns pattern, read in the admin's language).
   * Default `PPP HH:mm`: `2026年12月2日 08:08` in Chinese, `December 2nd, 2026 08:08` in English,
   * 24-hour, as the site prints them. A host's own `admin.dateFormat` wins.
   */
  dateFormat?: string
}

export type SanitizedNewsroomPluginConfig = {
  disabled: boolean
  collections: Record<CollectionKey, Required<CollectionOverride>>
  siteURL: string
  mediaDir: string
  runJobs: boolean
  jobsCron: string
  dateFormat: string
}
