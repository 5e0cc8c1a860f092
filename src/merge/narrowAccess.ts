import type { Access, CollectionConfig } from 'payload'

type AccessResult = Awaited<ReturnType<Access>>
type CollectionAccess = NonNullable<CollectionConfig['access']>

/** Both answers must allow: `false` wins, two filters are ANDed, `true` defers to the other. */
const both = (host: AccessResult, ours: AccessResult): AccessResult => {
  if (!host || !ours) return false
  if (host === true) return ours
  if (ours === true) return host
  return { and: [host, ours] }
}

/**
 * One access function from the host's and ours: what both allow (ours can only narrow what
 * the host allows, and nothing the host adds can widen ours). The same function twice is kept once.
 */
export const narrowAccess = (host: Access | undefined, ours: Access | undefined): Access | undefined => {
  if (!host || host === ours) return ours
  if (!ours) return host
  return async (args) => both(await host(args), await ours(args))
}

/** Every access key of a collection composed with {@link narrowAccess}. */
export const narrowCollectionAccess = (host: CollectionAccess = {}, ours: CollectionAccess = {}): CollectionAccess => {
  const keys = new Set([...Object.keys(host), ...Object.keys(ours)] as (keyof CollectionAccess)[])
  return Object.fromEntries(
    [...keys].map((key) => [key, narrowAccess(host[key] as Access | undefined, ours[key] as Access | undefined)]),
  )
}
