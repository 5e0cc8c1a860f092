import type { CollectionConfig } from 'payload'

type CollectionHooks = NonNullable<CollectionConfig['hooks']>
type HookList = ((...args: never[]) => unknown)[]

/**
 * Hook lists joined, ours first, then the host's (a hook already in ours is not added twice).
 * Ours first in every list, for one reason: the workflow's refusals (a stale save, a stage
 * change the role may not make, a raw paste edited) must stop a save before any host hook has
 * acted on it, and the host's hooks then see data the workflow has accepted and can stamp their
 * own fields last. In after-hooks ours record the audit and revalidate first, so a host hook
 * that throws cannot leave the site stale.
 */
export const mergeHooks = (host: CollectionHooks = {}, ours: CollectionHooks = {}): CollectionHooks => {
  const keys = new Set([...Object.keys(ours), ...Object.keys(host)] as (keyof CollectionHooks)[])
  return Object.fromEntries(
    [...keys].map((key) => {
      const mine = (ours[key] ?? []) as HookList
      const theirs = ((host[key] ?? []) as HookList).filter((hook) => !mine.includes(hook))
      return [key, [...mine, ...theirs]]
    }),
  )
}
