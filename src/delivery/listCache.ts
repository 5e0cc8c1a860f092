type Entry = { at: number; value: Promise<unknown> }

// Lists (home pages, feeds, sitemaps) are read on every request and change only on publish.
const TTL_MS = 60_000
const MAX_ENTRIES = 1000
// On globalThis: Next bundles the API routes (where publishing happens) and the pages apart,
// and both must see the one store of this server process.
const store: Map<string, Entry> = ((globalThis as { __newsroomListCache?: Map<string, Entry> }).__newsroomListCache ??= new Map())

/**
 * A public list, loaded once and shared until the next publish clears it (clearListCache, called
 * by revalidateAfterChange after the commit) or for at most a minute (a write made by another
 * process, e.g. a second server or a script, is seen within that minute). Values are shared:
 * never mutate them.
 */
export const cachedList = <T>(key: string, load: () => Promise<T>): Promise<T> => {
  const hit = store.get(key)
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value as Promise<T>
  if (store.size >= MAX_ENTRIES) store.clear()
  const value = load()
  store.set(key, { at: Date.now(), value })
  value.catch(() => store.get(key)?.value === value && store.delete(key))
  return value
}

/** Forgets every cached list of this process. */
export const clearListCache = (): void => store.clear()
