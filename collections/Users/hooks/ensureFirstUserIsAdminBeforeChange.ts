import type { CollectionBeforeChangeHook } from 'payload'

// The person who registers the very first account runs the desk: make them an admin.
export const ensureFirstUserIsAdminBeforeChange: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: collection.slug, req, overrideAccess: true })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
