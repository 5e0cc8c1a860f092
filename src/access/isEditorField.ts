import type { FieldAccess } from 'payload'

import { hasRole } from './hasRole'

/** Field level: only editors and administrators may set it. */
export const isEditorField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')
