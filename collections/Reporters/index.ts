import type { CollectionConfig } from 'payload'

import { isEditor } from '../../src/access/isEditor'
import { isStaffField } from '../../src/access/isStaffField'
import { readMarkedPublic } from '../../src/access/readMarkedPublic'
import { CREDITS, REPORTERS, USERS } from '../../src/constants'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '../../src/delivery/revalidateSiteAfterChange'
import { publicField } from '../../src/fields/publicField'
import { slugField } from '../../src/fields/slugField'
import { recordAuditAfterDelete } from '../../src/workflow/recordAuditAfterChange'

/** A byline. Guest contributors (通讯员) need no account; staff reporters link their user. */
export const reportersCollection = (): CollectionConfig => ({
  slug: REPORTERS,
  graphQL: { singularName: 'Reporter', pluralName: 'Reporters' },
  labels: { singular: { zh: '作者', en: 'Reporter' }, plural: { zh: '作者', en: 'Reporters' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'defaultCredit', 'penName'], group: { zh: '人物与署名', en: 'People' } },
  // Staff-only until a published piece carries the byline (or an editor makes it public).
  access: { read: readMarkedPublic, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { afterChange: [revalidateSiteAfterChange], afterDelete: [recordAuditAfterDelete, revalidateSiteAfterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, label: { zh: '署名', en: 'Name as printed' } },
    slugField({ collection: REPORTERS, from: 'name' }),
    {
      name: 'penName',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '这是笔名', en: 'This is a pen name' },
    },
    {
      name: 'defaultCredit',
      type: 'select',
      defaultValue: 'reporter',
      label: { zh: '默认身份', en: 'Default credit' },
      options: CREDITS.map(({ value, label }) => ({ value, label })),
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: USERS,
      unique: true,
      label: { zh: '登录账号', en: 'User account' },
      access: { read: isStaffField },
      admin: { description: { zh: '通讯员等外稿作者可以没有账号', en: 'Guest contributors need no account' } },
    },
    publicField(true),
  ],
})
