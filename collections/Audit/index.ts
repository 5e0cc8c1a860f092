import type { CollectionConfig } from 'payload'

import { denyAll } from '../../src/access/denyAll'
import { isEditor } from '../../src/access/isEditor'
import { AUDIT, USERS } from '../../src/constants'

/** Append-only trail: who changed which document how, and when. Written only by server hooks. */
export const auditCollection = (): CollectionConfig => ({
  slug: AUDIT,
  graphQL: { singularName: 'AuditEntry', pluralName: 'AuditEntries' },
  labels: { singular: { zh: '审计记录', en: 'Audit entry' }, plural: { zh: '审计记录', en: 'Audit trail' } },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'user', 'collectionSlug', 'documentId', 'action', 'fromStage', 'toStage'],
    group: { zh: '系统管理', en: 'Administration' },
  },
  defaultSort: '-createdAt',
  access: { read: isEditor, create: denyAll, update: denyAll, delete: denyAll },
  fields: [
    { name: 'user', type: 'relationship', relationTo: USERS, label: { zh: '操作人', en: 'User' } },
    { name: 'collectionSlug', type: 'text', required: true, index: true, label: { zh: '集合', en: 'Collection' } },
    { name: 'documentId', type: 'text', required: true, index: true, label: { zh: '文档', en: 'Document' } },
    { name: 'action', type: 'text', required: true, label: { zh: '操作', en: 'Action' } },
    { name: 'fromStage', type: 'text', label: { zh: '原阶段', en: 'From' } },
    { name: 'toStage', type: 'text', label: { zh: '新阶段', en: 'To' } },
    { name: 'note', type: 'textarea', label: { zh: '说明', en: 'Note' } },
    { name: 'changes', type: 'json', label: { zh: '改动字段', en: 'Changed fields' } },
    { name: 'system', type: 'checkbox', defaultValue: false, label: { zh: '系统操作', en: 'By the system' } },
  ],
})
