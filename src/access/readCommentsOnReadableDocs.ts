import type { Access, Where } from 'payload'

import type { Comment } from '../../payload-types'
import { ARTICLES, COMMENTS, IMPORTS, STATEMENTS } from '../constants'
import { hasRole } from './hasRole'

type Target = typeof ARTICLES | typeof STATEMENTS | typeof IMPORTS
const NONE: Where = { id: { equals: 0 } }

/**
 * Comments are read by whoever may read the document they are on: editors and admins all of
 * them; a reporter those on their own pieces and imports and on published pieces (the
 * documents' own read access decides); the public none. The filter names the readable comments by id.
 */
export const readCommentsOnReadableDocs: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!hasRole(req.user, 'reporter')) return false
  const { docs: comments } = await req.payload.find({
    collection: COMMENTS,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { doc: true },
    req,
  })
  const byTarget = new Map<Target, Set<number>>()
  // cast: select: { doc: true } returns the selected fields only; Payload types the result as the whole document
  for (const { doc } of comments as Pick<Comment, 'id' | 'doc'>[]) {
    const id = typeof doc.value === 'object' ? doc.value.id : doc.value
    byTarget.set(doc.relationTo, (byTarget.get(doc.relationTo) ?? new Set()).add(id))
  }
  const readable = new Set<string>()
  for (const [collection, ids] of byTarget) {
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: [...ids] } },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      select: {},
      req,
    })
    for (const doc of docs) readable.add(`${collection}:${doc.id}`)
  }
  // cast: select: { doc: true } returns the selected fields only; Payload types the result as the whole document
  const ids = (comments as Pick<Comment, 'id' | 'doc'>[])
    .filter(({ doc }) => readable.has(`${doc.relationTo}:${typeof doc.value === 'object' ? doc.value.id : doc.value}`))
    .map(({ id }) => id)
  return ids.length ? { id: { in: ids } } : NONE
}
