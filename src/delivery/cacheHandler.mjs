// The site's page cache: Next's own (kept in memory, see next.config.ts), with two changes.
// 1. Renders that overlap a publish (src/delivery/renderGuard.ts). While a revalidation waits
//    for renders begun before it, every page stored is stamped as stored just before that
//    revalidation, so Next sees it as expired at once: a render that read the old rows never
//    serves a second reader, and the renders after it store the new text.
// 2. Several app servers (REDIS_URL set): revalidations are shared through Redis
//    (src/delivery/sharedTags.mjs), so a publish on one server expires the page on all.
// Plain JavaScript: Next loads this file itself, outside its bundles.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

import { revalidatedSince, shareRevalidation } from './sharedTags.mjs'

const FileSystemCache = fileSystemCache.default ?? fileSystemCache
const GUARD = Symbol.for('newsroom.renderGuard')
// Where src/delivery/revalidatePaths.ts finds this cache to expire tags outside a request.
const PAGE_CACHE = Symbol.for('newsroom.pageCache')

/** The earliest revalidation still waiting for renders begun before it (ms since the epoch), or null. */
function waitingSince() {
  const pending = globalThis[GUARD]?.pending
  return pending?.length ? Math.min(...pending.map((p) => p.at)) : null
}

/** A cached page's tags: those it was stored with (x-next-cache-tags) and the request's implicit ones. */
function tagsOf(entry, ctx) {
  const header = entry?.value?.headers?.['x-next-cache-tags']
  return [...new Set([...(typeof header === 'string' ? header.split(',') : []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])]
}

export default class NewsroomPageCache extends FileSystemCache {
  constructor(ctx) {
    super(ctx)
    // Next makes one handler per request; they share one record of expired tags, so any will do.
    globalThis[PAGE_CACHE] = this
  }

  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    if (entry && process.env.REDIS_URL && (await revalidatedSince(tagsOf(entry, ctx), entry.lastModified ?? 0))) return null
    return entry
  }

  async set(key, data, ctx) {
    await super.set(key, data, ctx)
    const since = waitingSince()
    const entry = since === null ? undefined : FileSystemCache.memoryCache?.get(key)
    if (entry && entry.lastModified >= since) entry.lastModified = since - 1
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags
    await Promise.all([super.revalidateTag(list, durations), shareRevalidation(list).catch((error) => console.error(`newsroom: revalidation not shared through Redis: ${error.message}`))])
  }
}
