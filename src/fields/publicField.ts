import type { Field } from 'payload'

import { editorsWrite } from '../access/isEditorField'

/**
 * Whether the public may see a person or a photo. Set by the server when a published piece
 * first uses it; editors may set it by hand. Reporters' values are ignored.
 */
export const publicField = (defaultValue: boolean): Field => ({
  name: 'public',
  type: 'checkbox',
  defaultValue,
  index: true,
  label: { zh: '公开', en: 'Public' },
  access: editorsWrite,
  admin: {
    position: 'sidebar',
    description: { zh: '首次用于已发布的稿件时自动公开；此前只有编辑部可见', en: 'Public once a published piece uses it; staff-only before' },
  },
})
