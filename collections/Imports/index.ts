import type { CollectionConfig } from 'payload'

import { archiveCommittedImport } from '../../src/access/archiveCommittedImport'
import { deleteUncommittedImport } from '../../src/access/deleteUncommittedImport'
import { isStaff } from '../../src/access/isStaff'
import { readOwnImports } from '../../src/access/readOwnImports'
import { ARTICLES, IMPORTS } from '../../src/constants'
import { ownerField } from '../../src/fields/ownerField'
import { printSourceField } from '../../src/fields/printSourceField'
import { commitEndpoint } from '../../src/import/commitEndpoint'
import { MAX_PASTE_BYTES } from '../../src/import/pasteLimit'
import { resplitEndpoint } from '../../src/import/resplitEndpoint'
import { recordArchiveAfterChange } from '../../src/import/recordArchiveAfterChange'
import { recordAuditAfterDelete } from '../../src/workflow/recordAuditAfterChange'
import { refuseRawTextChangeBeforeOperation } from './hooks/refuseRawTextChangeBeforeOperation'
import { splitImportBeforeChange } from './hooks/splitImportBeforeChange'

const readOnly = { readOnly: true }
// Set by the server once the import exists: not part of the paste screen.
const afterCreate = { condition: (data: { id?: unknown }) => Boolean(data?.id) }

/** One paste: kept verbatim, split into entries for review, then committed as draft statements. */
export const importsCollection = (): CollectionConfig => ({
  slug: IMPORTS,
  graphQL: { singularName: 'Import', pluralName: 'Imports' },
  labels: { singular: { zh: '导入', en: 'Import' }, plural: { zh: '导入', en: 'Imports' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'counts', 'owner', 'createdAt'],
    group: { zh: '编辑部', en: 'Newsroom' },
    description: { zh: '粘贴见报稿全文，系统按发言人拆分，审核后提交为稿件。', en: 'Paste a printed piece; review the split; commit it as draft statements.' },
  },
  defaultSort: '-createdAt',
  // Committed imports are the provenance of published text: archived (by an admin), never deleted.
  access: { read: readOwnImports, create: isStaff, update: readOwnImports, delete: deleteUncommittedImport },
  endpoints: [commitEndpoint, resplitEndpoint],
  hooks: {
    beforeOperation: [refuseRawTextChangeBeforeOperation],
    beforeChange: [splitImportBeforeChange],
    afterChange: [recordArchiveAfterChange],
    afterDelete: [recordAuditAfterDelete],
  },
  fields: [
    {
      name: 'review',
      type: 'ui',
      admin: { components: { Field: 'newsroom/client#ImportReview' }, condition: (data) => Boolean(data?.id) },
    },
    {
      name: 'rawText',
      type: 'textarea',
      required: true,
      // The paste's limit is bytes (checkPaste); characters never outnumber bytes, so this only
      // lifts Payload's default of 40,000 characters out of the way.
      maxLength: MAX_PASTE_BYTES,
      label: { zh: '原文（粘贴全文）', en: 'Paste' },
      // Once the import exists the review's left pane shows it with its repairs, and the
      // review's stylesheet folds this box away (a condition here would make the column nullable).
      admin: {
        rows: 14,
        description: { zh: '原样保存，导入后不能修改', en: 'Kept verbatim; cannot change after import' },
        components: { Field: 'newsroom/client#PasteField' },
      },
      access: { update: () => false },
    },
    printSourceField([{ name: 'url', type: 'text', label: { zh: '网址', en: 'URL' } }]),
    { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' } },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'split',
      index: true,
      label: { zh: '状态', en: 'Status' },
      options: [
        { value: 'split', label: { zh: '待审核', en: 'Split, in review' } },
        { value: 'committed', label: { zh: '已提交', en: 'Committed' } },
        { value: 'discarded', label: { zh: '已放弃', en: 'Discarded' } },
        { value: 'archived', label: { zh: '已归档', en: 'Archived' } },
      ],
      admin: { position: 'sidebar', ...afterCreate },
      access: { create: () => false, update: archiveCommittedImport },
    },
    { name: 'split', type: 'json', label: { zh: '拆分结果', en: 'Split' }, admin: { hidden: true } },
    { name: 'repairs', type: 'json', label: { zh: '修复', en: 'Repairs' }, admin: { hidden: true }, access: { update: () => false } },
    { name: 'warnings', type: 'json', label: { zh: '提示', en: 'Warnings' }, admin: { hidden: true }, access: { update: () => false } },
    { name: 'sourceText', type: 'textarea', maxLength: MAX_PASTE_BYTES, label: { zh: '拆分所用文字', en: 'Text split' }, admin: { hidden: true }, access: { update: () => false } },
    {
      name: 'counts',
      type: 'json',
      label: { zh: '统计', en: 'Counts' },
      admin: { hidden: true, components: { Cell: 'newsroom/client#ImportCountsCell' } },
      access: { update: () => false },
    },
    {
      name: 'contentHash',
      type: 'text',
      unique: true,
      index: true,
      label: { zh: '内容指纹', en: 'Content hash' },
      admin: { position: 'sidebar', ...readOnly, ...afterCreate },
      access: { update: () => false },
    },
    {
      name: 'article',
      type: 'relationship',
      relationTo: ARTICLES,
      label: { zh: '生成的稿件', en: 'Article created' },
      admin: { position: 'sidebar', ...readOnly, ...afterCreate },
      access: { create: () => false, update: () => false },
    },
    ownerField,
  ],
})
