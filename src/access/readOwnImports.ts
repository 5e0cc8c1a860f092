import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** Imports are internal: editors see all, a reporter their own, the public none. */
export const readOwnImports: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'reporter')) return { owner: { equals: req.user!.id } }
  return false
}
