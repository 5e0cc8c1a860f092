import type { FieldAccess } from 'payload'

import { hasRole } from './hasRole'

/** Field level: only editors and administrators may set it. */
export const isEditorField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Field access for editors' fields: a reporter's values are ignored (Payload drops a field its access denies). */
export const editorsWrite = { create: isEditorField, update: isEditorField }
