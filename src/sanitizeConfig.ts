import path from 'node:path'

import { USERS } from './constants'
import { siteURL } from './delivery/siteURL'
import {
  COLLECTION_KEYS,
  type CollectionKey,
  type CollectionOverride,
  type NewsroomPluginConfig,
  type SanitizedCollectionOverride,
  type SanitizedNewsroomPluginConfig,
} from './types'
import { jobsRunHere } from './utilities/jobsRunHere'

const unchanged = (collection: Parameters<SanitizedCollectionOverride['override']>[0]) => collection

const sanitizeOverride = (override: CollectionOverride | undefined): SanitizedCollectionOverride => ({
  override: override?.override ?? unchanged,
  fields: override?.fields ?? [],
})

const overridesFor = (options: NewsroomPluginConfig): Record<CollectionKey, SanitizedCollectionOverride> => {
  const entries = COLLECTION_KEYS.map((key) => [key, sanitizeOverride(options.collections?.[key])] as const)
  return Object.fromEntries(entries) as Record<CollectionKey, SanitizedCollectionOverride> // fromEntries loses the keys
}

/** Fills every default once; code downstream never re-derives one. */
export const sanitizeConfig = (options: NewsroomPluginConfig = {}): SanitizedNewsroomPluginConfig => ({
  disabled: options.disabled ?? false,
  collections: overridesFor(options),
  usersCollection: options.usersCollection ?? USERS,
  siteURL: options.siteURL?.replace(/\/+$/, '') ?? siteURL(),
  mediaDir: path.resolve(options.mediaDir ?? process.env.NEWSROOM_MEDIA_DIR ?? path.join('.data', 'media')),
  runJobs: options.runJobs ?? jobsRunHere(),
  jobsCron: options.jobsCron ?? process.env.NEWSROOM_JOBS_CRON ?? '* * * * *',
  dateFormat: options.dateFormat ?? 'PPP HH:mm',
})
