import { revalidatePath } from 'next/cache'

import { repeatAfterRunningRenders } from './renderGuard'

/** The public side of a Next cache handler (CacheHandler.revalidateTag), which ours implements. */
type PageCache = { revalidateTag: (tags: string[]) => Promise<void> }
const PAGE_CACHE = Symbol.for('newsroom.pageCache')

// Next's tag for a concrete path, as revalidatePath('/articles/x') writes it (NEXT_CACHE_IMPLICIT_TAG_ID).
const implicitTags = (path: string): string[] => (path === '/' ? ['_N_T_/', '_N_T_/index'] : [`_N_T_${path}`])

export type RevalidateOutcome = 'request' | 'server' | 'none'

/**
 * revalidatePath queues its tags on the current request's store, applied when that request
 * ends. Work that runs outside a request still sees a store: the jobs queue's cron is started
 * inside the first request and keeps its async context, so revalidatePath there "succeeds" into
 * a request long finished, and outside Next it throws. So the same tags are also expired at
 * once through the site's page cache (src/delivery/cacheHandler.mjs, the `cacheHandler` of
 * next.config.ts), by its `revalidateTag`, the method Next itself calls on a cache handler.
 * The handler puts itself on globalThis when Next makes it; it is absent outside Next, and
 * under `next dev` or a host that has not configured it, where revalidatePath alone applies.
 */
const expire = (tags: string[], queue: () => void): RevalidateOutcome => {
  let outcome: RevalidateOutcome = 'none'
  try {
    queue()
    outcome = 'request'
  } catch {
    // not inside a Next request
  }
  // cast: our cache handler registers itself on globalThis under this symbol (cacheHandler.mjs)
  const cache = (globalThis as { [PAGE_CACHE]?: PageCache })[PAGE_CACHE]
  if (cache) {
    const expireNow = (expired: string[]) => void cache.revalidateTag(expired).catch(() => {})
    const at = Date.now()
    expireNow(tags)
    repeatAfterRunningRenders(tags, expireNow, at)
    outcome = 'server'
  }
  return outcome
}

/** Marks cached pages, feeds and sitemaps at these paths stale: the next request renders them anew. */
export const revalidatePaths = (paths: Iterable<string>): RevalidateOutcome => {
  const unique = [...new Set(paths)]
  if (!unique.length) return 'none'
  return expire(unique.flatMap(implicitTags), () => unique.forEach((path) => revalidatePath(path)))
}

/** Marks every cached page of the site stale (a person's or a byline's name shows on many pages). */
export const revalidateEverything = (): RevalidateOutcome => expire(['_N_T_/layout'], () => revalidatePath('/', 'layout'))
