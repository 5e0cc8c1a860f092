import type { CollectionConfig, Field } from 'payload'

import { denyAll } from '../../src/access/denyAll'
import { isAdmin } from '../../src/access/isAdmin'
import { readOwnNotifications } from '../../src/access/readOwnNotifications'
import { ARTICLES, NOTIFICATIONS, STATEMENTS, USERS } from '../../src/constants'
import { NOTIFICATION_KINDS } from '../../src/workflow/notificationKinds'

// Written only by the workflow (overrideAccess); through the API a recipient may change `read`, nothing else.
// cast: Payload's Field union narrows by type, not by the access key added here
const fixed = (field: Field): Field => ({ ...field, access: { update: denyAll } }) as Field

/** The desk's inbox: a piece was submitted, returned, approved or published, and who should know. */
export const notificationsCollection = (): CollectionConfig => ({
  slug: NOTIFICATIONS,
  graphQL: { singularName: 'Notification', pluralName: 'Notifications' },
  labels: { singular: { zh: '通知', en: 'Notification' }, plural: { zh: '通知', en: 'Notifications' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['kind', 'title', 'actor', 'read', 'createdAt'],
    group: { zh: '编辑部', en: 'Newsroom' },
  },
  defaultSort: '-createdAt',
  access: { read: readOwnNotifications, update: readOwnNotifications, create: denyAll, delete: isAdmin },
  fields: [
    fixed({ name: 'recipient', type: 'relationship', relationTo: USERS, required: true, index: true, label: { zh: '收件人', en: 'Recipient' } }),
    fixed({
      name: 'kind',
      type: 'select',
      required: true,
      options: NOTIFICATION_KINDS.map(({ value, label }) => ({ value, label })),
      label: { zh: '类型', en: 'Kind' },
    }),
    fixed({ name: 'collectionSlug', type: 'select', required: true, options: [ARTICLES, STATEMENTS], label: { zh: '集合', en: 'Collection' } }),
    fixed({ name: 'documentId', type: 'text', required: true, label: { zh: '文档', en: 'Document' } }),
    fixed({ name: 'title', type: 'text', label: { zh: '标题', en: 'Title' } }),
    fixed({ name: 'actor', type: 'relationship', relationTo: USERS, label: { zh: '操作人', en: 'By' } }),
    fixed({ name: 'note', type: 'textarea', label: { zh: '说明', en: 'Note' } }),
    { name: 'read', type: 'checkbox', defaultValue: false, index: true, label: { zh: '已读', en: 'Read' } },
  ],
})
