import type { Access, Where } from 'payload'

import { hasRole } from './hasRole'

/** Editors change anything; a reporter changes their own piece until it is approved. */
export const updateOwnUntilApproved: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'reporter')) {
    const own: Where[] = [{ owner: { equals: req.user!.id } }, { stage: { in: ['draft', 'in_review'] } }]
    return { and: own }
  }
  return false
}
