import type { CollectionOverride, NewsroomPluginConfig, SanitizedNewsroomPluginConfig } from './types'

const identityFields: Required<CollectionOverride>['fields'] = ({ defaultFields }) => defaultFields

const sanitizeOverride = (override: CollectionOverride | undefined): Required<CollectionOverride> => ({
  overrides: override?.overrides ?? {},
  fields: override?.fields ?? identityFields,
})

/** Fills every default once; code downstream never re-derives one. */
export const sanitizeConfig = (options: NewsroomPluginConfig = {}): SanitizedNewsroomPluginConfig => ({
  disabled: options.disabled ?? false,
  collections: {
    users: sanitizeOverride(options.collections?.users),
  },
  siteURL: (options.siteURL ?? process.env.NEWSROOM_SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
})
