import type { Field } from 'payload'

import { editorsWrite } from '../access/isEditorField'
import { DESK_DATE_TIME } from './deskDates'

/** Why and when a piece was retracted: shown publicly beside the piece, which keeps its URL. */
export const retractionField: Field = {
  name: 'retraction',
  type: 'group',
  label: { zh: '撤回', en: 'Retraction' },
  access: editorsWrite,
  admin: {
    condition: (data) => data?.stage === 'retracted' || data?.stage === 'published',
    description: { zh: '撤回已发布稿件时必须填写公开的撤回原因', en: 'A public reason is required to retract' },
  },
  fields: [
    { name: 'reason', type: 'textarea', label: { zh: '撤回原因（公开）', en: 'Reason (public)' } },
    { name: 'retractedAt', type: 'date', label: { zh: '撤回时间', en: 'Retracted at' }, admin: { readOnly: true, date: DESK_DATE_TIME } },
  ],
}

/** The first time the piece went public; the slug is frozen from then on. */
export const publishedAtField: Field = {
  name: 'publishedAt',
  type: 'date',
  index: true,
  label: { zh: '首次发布时间', en: 'First published' },
  access: editorsWrite,
  admin: { position: 'sidebar', readOnly: true, date: DESK_DATE_TIME },
}
