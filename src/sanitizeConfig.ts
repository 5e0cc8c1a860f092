import path from 'node:path'

import {
  COLLECTION_KEYS,
  type CollectionKey,
  type CollectionOverride,
  type NewsroomPluginConfig,
  type SanitizedNewsroomPluginConfig,
} from './types'

const identityFields: Required<CollectionOverride>['fields'] = ({ defaultFields }) => defaultFields

const sanitizeOverride = (override: CollectionOverride | undefined): Required<CollectionOverride> => ({
  overrides: override?.overrides ?? {},
  fields: override?.fields ?? identityFields,
})

/** Fills every default once; code downstream never re-derives one. */
export const sanitizeConfig = (options: NewsroomPluginConfig = {}): SanitizedNewsroomPluginConfig => ({
  disabled: options.disabled ?? false,
  collections: Object.fromEntries(
    COLLECTION_KEYS.map((key) => [key, sanitizeOverride(options.collections?.[key])]),
  ) as Record<CollectionKey, Required<CollectionOverride>>,
  siteURL: (options.siteURL ?? process.env.NEWSROOM_SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
  mediaDir: path.resolve(options.mediaDir ?? process.env.NEWSROOM_MEDIA_DIR ?? path.join('.data', 'media')),
  runJobs: options.runJobs ?? process.env.NEWSROOM_RUN_JOBS !== '0',
  jobsCron: options.jobsCron ?? process.env.NEWSROOM_JOBS_CRON ?? '* * * * *',
  dateFormat: options.dateFormat ?? 'PPP HH:mm',
})
