import type { Access, Where } from 'payload'

import { hasRole } from './hasRole'

/** Editors delete anything; a reporter may delete only their own unsubmitted draft. */
export const deleteOwnDraft: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'reporter')) return { and: [{ owner: { equals: req.user!.id } }, { stage: { equals: 'draft' } }] as Where[] }
  return false
}
