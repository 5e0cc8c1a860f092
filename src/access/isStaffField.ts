import type { FieldAccess } from 'payload'

import { hasRole } from './hasRole'

/** Field level: only the desk (internal notes, owners) — never the public. */
export const isStaffField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor', 'reporter')
