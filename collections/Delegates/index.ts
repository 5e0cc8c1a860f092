import type { CollectionConfig } from 'payload'

import { isEditor } from '../../src/access/isEditor'
import { isStaffField } from '../../src/access/isStaffField'
import { readMarkedPublic } from '../../src/access/readMarkedPublic'
import { DELEGATES, MEDIA } from '../../src/constants'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '../../src/delivery/revalidateSiteAfterChange'
import { publicField } from '../../src/fields/publicField'
import { slugField } from '../../src/fields/slugField'
import { publishPhotoAfterChange } from '../../src/workflow/publishPeopleAfterChange'
import { recordAuditAfterDelete } from '../../src/workflow/recordAuditAfterChange'
import { refuseDeleteWhileQuoted } from '../../src/workflow/refuseDeleteWhileQuoted'
import { flagLikelyDuplicatesBeforeChange } from './hooks/flagLikelyDuplicatesBeforeChange'
import { DESK_DAY } from '../../src/fields/deskDates'

/** A person quoted (Popolo's Person): titles change over time, statements keep what was printed. */
export const delegatesCollection = (): CollectionConfig => ({
  slug: DELEGATES,
  graphQL: { singularName: 'Delegate', pluralName: 'Delegates' },
  labels: { singular: { zh: '代表委员', en: 'Delegate' }, plural: { zh: '代表委员', en: 'Delegates' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'titles', 'updatedAt'], group: { zh: '人物与署名', en: 'People' } },
  // Staff-only until their first statement is published (or an editor makes them public).
  access: { read: readMarkedPublic, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    beforeChange: [flagLikelyDuplicatesBeforeChange],
    afterChange: [publishPhotoAfterChange, revalidateSiteAfterChange],
    beforeDelete: [
      refuseDeleteWhileQuoted('speaker', (count) => `这位人物还有 ${count} 条发言，不能删除：请先把这些发言改到正确的人物。（statements still quote this person）`),
    ],
    afterDelete: [recordAuditAfterDelete, revalidateSiteAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, label: { zh: '姓名', en: 'Name' } },
    slugField({ collection: DELEGATES, from: 'name' }),
    {
      name: 'aliases',
      type: 'array',
      label: { zh: '别名', en: 'Aliases' },
      labels: { singular: { zh: '别名', en: 'Alias' }, plural: { zh: '别名', en: 'Aliases' } },
      fields: [{ name: 'name', type: 'text', required: true, label: { zh: '别名', en: 'Alias' } }],
    },
    {
      name: 'titles',
      type: 'array',
      label: { zh: '职务（按时间）', en: 'Titles over time' },
      labels: { singular: { zh: '职务', en: 'Title' }, plural: { zh: '职务', en: 'Titles' } },
      fields: [
        { name: 'title', type: 'text', required: true, label: { zh: '职务', en: 'Title' } },
        { name: 'organization', type: 'text', label: { zh: '机构', en: 'Organization' } },
        {
          type: 'row',
          fields: [
            { name: 'start', type: 'date', label: { zh: '起', en: 'Start' }, admin: { date: DESK_DAY } },
            { name: 'end', type: 'date', label: { zh: '止', en: 'End' }, admin: { date: DESK_DAY } },
          ],
        },
      ],
    },
    { name: 'photo', type: 'upload', relationTo: MEDIA, label: { zh: '照片', en: 'Photo' } },
    { name: 'bio', type: 'textarea', label: { zh: '简介', en: 'Bio' } },
    publicField(true),
    {
      name: 'likelyDuplicates',
      type: 'relationship',
      relationTo: DELEGATES,
      hasMany: true,
      label: { zh: '疑似重复', en: 'Likely duplicates' },
      access: { read: isStaffField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: { zh: '同名且职务相近的已有人物，请核对是否同一人', en: 'Same name and a compatible title: check before keeping both' },
      },
    },
  ],
})
