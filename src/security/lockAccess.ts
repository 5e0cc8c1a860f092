import type { Access, CollectionAfterReadHook, CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload'

import { hasRole } from '../access/hasRole'
import { workflowError } from '../workflow/workflowError'
import { isRecord } from '../utilities/isRecord'

const idOf = (value: unknown): number | null => {
  const id = isRecord(value) && 'id' in value ? value.id : value
  return typeof id === 'number' ? id : typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : null
}

/** May the caller update this document (`{ relationTo, value }`: the collection's own update access, with its filter applied)? */
export async function mayUpdate(req: PayloadRequest, document: unknown): Promise<boolean> {
  if (!isRecord(document)) return false
  const id = idOf(document.value)
  const config = Object.values(req.payload.collections).find((collection) => collection.config.slug === document.relationTo)?.config
  if (!config || id === null) return false
  const access = config.access?.update ? await config.access.update({ req, id }) : Boolean(req.user)
  if (access === true || access === false) return access
  const { totalDocs } = await req.payload.count({ collection: config.slug, where: { and: [{ id: { equals: id } }, access] }, overrideAccess: true, req })
  return totalDocs > 0
}

/** Lock rows: the desk reads them (the admin shows who holds a document). */
export const readLocks: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'reporter')

/** Taking a lock: only someone who may update the document. */
export const createLock: Access = async ({ req, data }) => Boolean(req.user) && mayUpdate(req, isRecord(data) ? data.document : undefined)

/** Refreshing or releasing a lock: its holder, an editor or an admin. */
export const holderOrEditor: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!req.user) return false
  const own: Where[] = [{ 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: req.user.collection } }]
  return { and: own }
}

/**
 * A lock is always the caller's own (nobody takes a lock in another's name), and moving a
 * lock to another document needs update access to that document too.
 */
export const lockAsCallerBeforeChange: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (!req.user) return data
  const movesDocument = operation === 'update' && data.document !== undefined && JSON.stringify(data.document) !== JSON.stringify(originalDoc?.document)
  if (movesDocument && !(await mayUpdate(req, data.document))) throw workflowError('你无权编辑这篇稿件，不能锁定它。', 403)
  return { ...data, user: { relationTo: req.user.collection, value: req.user.id } }
}

/**
 * The admin's "document locked" notice prints the holder's `email` (or id). Emails are for
 * admins only, so the notice names the holder by name instead, for everyone.
 */
export const nameLockHolderAfterRead: CollectionAfterReadHook = ({ doc }) => {
  const holder: unknown = isRecord(doc.user) ? doc.user.value : undefined
  if (isRecord(holder) && typeof holder.name === 'string') holder.email = holder.name
  return doc
}
