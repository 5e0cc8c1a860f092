import type { CollectionConfig, Field } from 'payload'

/**
 * Changes a host app may make to a collection the plugin adds, in the form Payload's own
 * plugins use. Both are merged back safely: our fields, workflow hooks and access rules are
 * composed again on top of the result, so an override can add and narrow, never remove or widen.
 */
export type CollectionOverride = {
  /** Receives our collection (with `fields` added) and returns it changed: labels, admin, hooks, access... */
  override?: (collection: CollectionConfig) => CollectionConfig
  /** Fields added after ours (a name of ours is refused at startup). */
  fields?: Field[]
}

export const COLLECTION_KEYS = ['articles', 'statements', 'delegates', 'reporters', 'media', 'users', 'audit', 'comments', 'imports', 'notifications'] as const
export type CollectionKey = (typeof COLLECTION_KEYS)[number]

export type NewsroomPluginConfig = {
  /**
   * Keep the schema (collections, fields and access) but switch behaviour off: none of our
   * hooks or endpoints, no job runner. The host's own hooks stay.
   */
  disabled?: boolean
  /** Per-collection overrides, keyed by collection. */
  collections?: Partial<Record<CollectionKey, CollectionOverride>>
  /**
   * The host's auth collection, which gains our roles, byline, access and hooks. Default `users`;
   * when the host has no collection with that slug, the plugin adds one.
   */
  usersCollection?: string
  /** The public site's origin, for canonical URLs, feeds, sitemaps and previews. Default http://localhost:3000. */
  siteURL?: string
  /** Where uploads are stored on disk when no storage adapter is used. Default `.data/media`. */
  mediaDir?: string
  /** Run scheduled publishing in this process. Default true; a web server behind a worker sets false. */
  runJobs?: boolean
  /** How often the job runner looks for due work (cron, seconds allowed). Default every minute. */
  jobsCron?: string
  /** A secret with which a cron may run the jobs queue (`Authorization: Bearer <cronSecret>`). Default none. */
  cronSecret?: string
  /** Varnish hosts (or CDN purge endpoints speaking `PURGE` + `xkey-purge`) purged on publish. Default none. */
  purgeURLs?: string[]
  /**
   * How the admin shows dates and times (a date-fns pattern, read in the admin's language).
   * Default `PPP HH:mm`: `2026年12月2日 08:08` in Chinese, `December 2nd, 2026 08:08` in English,
   * 24-hour, as the site prints them. A host's own `admin.dateFormat` wins.
   */
  dateFormat?: string
}

export type SanitizedCollectionOverride = Required<CollectionOverride>

export type SanitizedNewsroomPluginConfig = {
  disabled: boolean
  collections: Record<CollectionKey, SanitizedCollectionOverride>
  usersCollection: string
  siteURL: string
  mediaDir: string
  runJobs: boolean
  jobsCron: string
  cronSecret: string | null
  purgeURLs: string[]
  dateFormat: string
}
