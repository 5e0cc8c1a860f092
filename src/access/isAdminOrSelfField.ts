import type { FieldAccess } from 'payload'

import { hasRole } from './hasRole'

/** Field level: administrators, and the user reading their own account. */
export const isAdminOrSelfField: FieldAccess = ({ req, doc }) =>
  hasRole(req.user, 'admin') || (Boolean(req.user) && doc !== undefined && doc?.id === req.user?.id)
