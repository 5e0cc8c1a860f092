import type { CollectionSlug, Payload } from 'payload'

/**
 * A slug known only at run time (the `usersCollection` option, a slug a request names) as the
 * Local API's slug type, found among the collections this Payload has: a typo fails loudly here
 * rather than as a query on a table that does not exist.
 */
export const collectionSlug = (payload: Pick<Payload, 'collections'>, slug: string): CollectionSlug => {
  const known = Object.values(payload.collections).find((collection) => collection.config.slug === slug)
  if (!known) throw new Error(`Newsroom: no collection "${slug}" in this Payload config`)
  return known.config.slug
}
