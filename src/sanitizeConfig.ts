import path from 'node:path'

import { USERS } from './constants'
import type {
  CollectionKey,
  CollectionOverride,
  NewsroomPluginConfig,
  SanitizedCollectionOverride,
  SanitizedNewsroomPluginConfig,
} from './types'

const unchanged = (collection: Parameters<SanitizedCollectionOverride['override']>[0]) => collection

const sanitizeOverride = (override: CollectionOverride | undefined): SanitizedCollectionOverride => ({
  override: override?.override ?? unchanged,
  fields: override?.fields ?? [],
})

// Spelled out key by key: the compiler then checks that every collection has its entry.
const overridesFor = ({ collections = {} }: NewsroomPluginConfig): Record<CollectionKey, SanitizedCollectionOverride> => ({
  articles: sanitizeOverride(collections.articles),
  statements: sanitizeOverride(collections.statements),
  delegates: sanitizeOverride(collections.delegates),
  reporters: sanitizeOverride(collections.reporters),
  media: sanitizeOverride(collections.media),
  users: sanitizeOverride(collections.users),
  audit: sanitizeOverride(collections.audit),
  comments: sanitizeOverride(collections.comments),
  imports: sanitizeOverride(collections.imports),
  notifications: sanitizeOverride(collections.notifications),
})

/** `https://news.example.cn//` → `https://news.example.cn`: paths are appended with their own slash. */
const withoutTrailingSlash = (url: string): string => url.replace(/\/+$/, '')

/**
 * Fills every default once; code downstream never re-derives one, and nothing here reads the
 * environment (a host that wants it calls `newsroomOptionsFromEnv`, src/optionsFromEnv.ts).
 */
export const sanitizeConfig = (options: NewsroomPluginConfig = {}): SanitizedNewsroomPluginConfig => ({
  disabled: options.disabled ?? false,
  collections: overridesFor(options),
  usersCollection: options.usersCollection ?? USERS,
  siteURL: withoutTrailingSlash(options.siteURL ?? 'http://localhost:3000'),
  mediaDir: path.resolve(options.mediaDir ?? path.join('.data', 'media')),
  runJobs: options.runJobs ?? true,
  jobsCron: options.jobsCron ?? '* * * * *',
  cronSecret: options.cronSecret || null,
  purgeURLs: options.purgeURLs ?? [],
  dateFormat: options.dateFormat ?? 'PPP HH:mm',
})
