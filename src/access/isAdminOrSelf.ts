import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** Administrators see and change every user; anyone else only themself. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}
