import type { Access } from 'payload'

import { hasRole } from './hasRole'
import { publishedWhere } from './publishedWhere'

/**
 * Editors read everything; a reporter reads their own pieces and what is published;
 * the public reads only what is published (a Where, so drafts never match).
 */
export const readOwnOrPublished: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'reporter')) return { or: [{ owner: { equals: req.user!.id } }, publishedWhere] }
  return publishedWhere
}
