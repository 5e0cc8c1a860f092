import type { CollectionConfig, Config, PayloadRequest, Where } from 'payload'

/** A host app's config with these collections (the database is never reached in unit tests). */
export const host = (collections: CollectionConfig[] = []): Config =>
  ({ collections, secret: 'x', db: {} as Config['db'] }) as Config // a bare host: no adapter needed to build the config

export const collectionIn = (config: Config, slug: string): CollectionConfig => {
  const collection = config.collections?.find((c) => c.slug === slug)
  if (!collection) throw new Error(`no collection ${slug}`)
  return collection
}

export const fieldNames = (collection: CollectionConfig): string[] =>
  collection.fields.flatMap((field) => ('name' in field ? [field.name] : []))

/** A request from a user with these roles (null: the public). */
export const requestAs = (roles: string[] | null): PayloadRequest =>
  ({ user: roles ? { id: 7, roles, collection: 'users' } : null, context: {} }) as unknown as PayloadRequest // access predicates read only user and context

/** Calls a collection's access function as these roles. */
export const accessAs = async (collection: CollectionConfig, key: 'read' | 'create' | 'update' | 'delete', roles: string[] | null) =>
  (await collection.access?.[key]?.({ req: requestAs(roles) })) as boolean | Where
