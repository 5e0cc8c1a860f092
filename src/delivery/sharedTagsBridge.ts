/**
 * src/delivery/sharedTags.mjs (revalidations shared between app servers through Redis), as the
 * site's own code reaches it. That file is loaded by Next outside its bundles, with the page
 * cache, and puts its functions on globalThis; absent outside Next and without REDIS_URL.
 */
export type SharedTags = {
  shareRevalidation: (tags: string[]) => Promise<void>
  revalidatedSince: (tags: string[], at: number) => Promise<boolean>
  settled: () => Promise<void>
}
const SHARED_TAGS = Symbol.for('newsroom.sharedTags')

// cast: sharedTags.mjs registers itself on globalThis under this symbol, outside the bundles
export const sharedTags = (): SharedTags | undefined => (globalThis as { [SHARED_TAGS]?: SharedTags })[SHARED_TAGS]

/** Resolves once this server's revalidations have reached Redis (at once without REDIS_URL). */
export const sharedRevalidationsSettled = async (): Promise<void> => {
  await sharedTags()?.settled()
}
