import { sharedTags as shared } from './sharedTagsBridge'

type Entry = { at: number; value: Promise<unknown> }

// Lists (home pages, feeds, sitemaps) are read on every request and change only on publish.
const TTL_MS = 60_000
const MAX_ENTRIES = 1000
const LISTS_TAG = 'newsroom:lists'
// On globalThis: Next bundles the API routes (where publishing happens) and the pages apart,
// and both must see the one store of this server process.
// cast: one store per process across Next's separate bundles (globalThis has no type for it); values come back as loaded
const store: Map<string, Entry> = ((globalThis as { __newsroomListCache?: Map<string, Entry> }).__newsroomListCache ??= new Map())

/**
 * A public list, loaded once and shared until the next publish clears it (clearListCache, called
 * by revalidateAfterChange after the commit) or for at most a minute (a write made by another
 * process, e.g. a script, is seen within that minute; other app servers at once through Redis
 * when REDIS_URL is set). Values are shared:
 * never mutate them.
 */
export const cachedList = <T>(key: string, load: () => Promise<T>): Promise<T> => {
  const reload = (): Promise<T> => {
    if (store.size >= MAX_ENTRIES) store.clear()
    const value = load()
    store.set(key, { at: Date.now(), value })
    value.catch(() => store.get(key)?.value === value && store.delete(key))
    return value
  }
  const hit = store.get(key)
  if (!hit || Date.now() - hit.at >= TTL_MS) return reload()
  const others = shared()
  // cast: one store per process across Next's separate bundles (globalThis has no type for it); values come back as loaded
  if (!others || !process.env.REDIS_URL) return hit.value as Promise<T>
  // Several servers: a publish handled by another one cleared its lists; ours follow.
  // cast: one store per process across Next's separate bundles (globalThis has no type for it); values come back as loaded
  return others.revalidatedSince([LISTS_TAG], hit.at).then((stale) => (stale ? reload() : (hit.value as Promise<T>)))
}

/** Forgets every cached list of this process, and with REDIS_URL of every app server. */
export const clearListCache = (): void => {
  store.clear()
  void shared()?.shareRevalidation([LISTS_TAG]).catch(() => {})
}
