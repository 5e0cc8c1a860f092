import type { Access, Where } from 'payload'

import { hasRole } from './hasRole'

// A committed import is the provenance of published text: it is archived, never deleted.
const open: Where = { status: { not_in: ['committed', 'archived'] } }

/** Editors and admins delete any import not yet committed; a reporter their own. */
export const deleteUncommittedImport: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return open
  if (hasRole(req.user, 'reporter')) return { and: [open, { owner: { equals: req.user!.id } }] }
  return false
}
