import type { CollectionConfig, Field } from 'payload'

/** Changes a host app may make to a collection the plugin adds. */
export type CollectionOverride = {
  /** Shallow overrides of the collection config (labels, admin, hooks, ...). */
  overrides?: Partial<CollectionConfig>
  /** Receives the plugin's fields and returns the fields to use. */
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

export type NewsroomPluginConfig = {
  /**
   * Keep the schema (collections and fields) but switch behaviour off:
   * hooks, endpoints and admin additions are not installed.
   */
  disabled?: boolean
  /** Per-collection overrides, keyed by collection slug. */
  collections?: {
    users?: CollectionOverride
  }
  /** The public site's origin, used for CORS, CSRF and canonical URLs. Default http://localhost:3000. */
  siteURL?: string
}

export type SanitizedNewsroomPluginConfig = {
  disabled: boolean
  collections: {
    users: Required<CollectionOverride>
  }
  siteURL: string
}
