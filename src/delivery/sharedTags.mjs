// Revalidations shared between app servers through Redis (REDIS_URL). Each server keeps its
// rendered pages in its own memory (Next's cache, src/delivery/cacheHandler.mjs); what they
// must agree on is when each cache tag was last revalidated. A revalidation writes the tag's
// time to one Redis hash; before serving a cached page, a server asks the hash whether any of
// the page's tags was revalidated after the page was stored, and renders anew if so. So a
// publish handled by server A is seen on server B's very next request, with no message to miss.
// Plain JavaScript: loaded by Next outside its bundles, like the cache handler.
const KEY = 'newsroom:next-tag-revalidated'
const CLIENT = Symbol.for('newsroom.redisTags')

/** The shared Redis client, or null when REDIS_URL is unset (one server: nothing to share). */
async function client() {
  const url = process.env.REDIS_URL
  if (!url) return null
  globalThis[CLIENT] ??= import('ioredis').then(({ Redis }) => {
    // A command waits for the connection at most a second, then fails: the caller renders anew
    // (a read) or logs that the revalidation was not shared (a write).
    const redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 1000 })
    redis.on('error', (error) => console.error(`newsroom: Redis ${url}: ${error.message}`))
    return redis
  })
  return globalThis[CLIENT]
}

const PENDING = Symbol.for('newsroom.redisTagsPending')
/** Writes under way: the edge purge waits for them (settled), so the servers it then asks know. */
const pending = (globalThis[PENDING] ??= new Set())

/** Records that `tags` were revalidated now, for every server. */
export async function shareRevalidation(tags) {
  if (!process.env.REDIS_URL || !tags.length) return
  const now = Date.now()
  const write = client().then((redis) => redis.hset(KEY, Object.fromEntries(tags.map((tag) => [tag, String(now)]))))
  pending.add(write)
  try {
    await write
  } finally {
    pending.delete(write)
  }
}

/** Resolves once every revalidation being written to Redis has been written (or has failed). */
export async function settled() {
  await Promise.allSettled([...pending])
}

/**
 * Whether any of `tags` was revalidated (on any server) after `storedAt`. Redis unreachable:
 * true, so the page is rendered from the database rather than served possibly stale.
 */
export async function revalidatedSince(tags, storedAt) {
  const redis = await client()
  if (!redis || !tags.length) return false
  try {
    const times = await redis.hmget(KEY, ...tags)
    return times.some((time) => time !== null && Number(time) >= storedAt)
  } catch {
    return true
  }
}

// The site's own code (bundled by Next apart from this file) reaches the same client here:
// src/delivery/listCache.ts shares its clearing through it.
globalThis[Symbol.for('newsroom.sharedTags')] = { shareRevalidation, revalidatedSince, settled }
