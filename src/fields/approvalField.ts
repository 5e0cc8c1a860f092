import type { Field } from 'payload'

import { USERS } from '../constants'
import { denyAll } from '../access/denyAll'
import { isStaffField } from '../access/isStaffField'
import { DESK_DATE_TIME } from './deskDates'

const serverOnly = { read: isStaffField, create: denyAll, update: denyAll }

/**
 * What an editor approved: the version they read, a hash of the published fields, who and
 * when. Written only by the workflow hook; publishing publishes only content with this hash.
 */
export const approvalField: Field = {
  name: 'approval',
  type: 'group',
  label: { zh: '审核记录', en: 'Approval' },
  access: serverOnly,
  admin: { position: 'sidebar', readOnly: true },
  fields: [
    { name: 'version', type: 'text', label: { zh: '审核的版本', en: 'Version approved' } },
    { name: 'hash', type: 'text', label: { zh: '内容指纹', en: 'Content hash' } },
    { name: 'by', type: 'relationship', relationTo: USERS, label: { zh: '审核人', en: 'Approved by' } },
    { name: 'at', type: 'date', label: { zh: '审核时间', en: 'Approved at' }, admin: { date: DESK_DATE_TIME } },
  ],
}

/** The first time the piece went to review: a reporter may delete only a draft never submitted. */
export const submittedAtField: Field = {
  name: 'submittedAt',
  type: 'date',
  label: { zh: '首次提交审核', en: 'First submitted' },
  access: serverOnly,
  admin: { position: 'sidebar', readOnly: true, date: DESK_DATE_TIME },
}
