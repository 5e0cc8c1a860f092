import type { Field } from 'payload'

import { USERS } from '../constants'
import { denyAll } from '../access/denyAll'
import { isEditorField } from '../access/isEditorField'
import { isStaffField } from '../access/isStaffField'

/** The user who filed the piece: set by the server on create (input ignored), changed only by editors, hidden from the public. */
export const ownerField: Field = {
  name: 'owner',
  type: 'relationship',
  relationTo: USERS,
  index: true,
  label: { zh: '撰稿人账号', en: 'Owner' },
  // Not on the create form: the server fills it, so an empty disabled picker only puzzles the reporter.
  admin: { position: 'sidebar', condition: (data) => Boolean(data?.id) },
  access: { read: isStaffField, create: denyAll, update: isEditorField },
  hooks: {
    beforeChange: [({ value, operation, req }) => (operation === 'create' && !value && req.user ? req.user.id : value)],
  },
}
