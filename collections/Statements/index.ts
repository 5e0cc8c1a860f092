import type { CollectionConfig } from 'payload'

import { isStaffField } from '../../src/access/isStaffField'
import { ARTICLES, DELEGATES, STATEMENTS } from '../../src/constants'
import { LEAN_STATEMENT, publishedListEndpoint } from '../../src/delivery/publishedListEndpoint'
import { bylinesField } from '../../src/fields/bylinesField'
import { draftableCollection } from '../../src/workflow/draftableCollection'
import { schedulesEndpoints } from '../../src/workflow/schedules/schedulesEndpoints'
import type { SanitizedNewsroomPluginConfig } from '../../src/types'

/** One speaker's entry in an article, with the titles printed for them at the time. */
export const statementsCollection = ({ siteURL }: SanitizedNewsroomPluginConfig): CollectionConfig =>
  draftableCollection(
  {
    slug: STATEMENTS,
    graphQL: { singularName: 'Statement', pluralName: 'Statements' },
    labels: { singular: { zh: '发言', en: 'Statement' }, plural: { zh: '发言', en: 'Statements' } },
    admin: {
      useAsTitle: 'headline',
      defaultColumns: ['headline', 'speakerName', 'article', 'position', 'stage'],
      group: { zh: '编辑部', en: 'Newsroom' },
    },
    defaultSort: 'position',
    // Document locking, explicit: another user's save gets 423 while the lock is held; an idle lock expires in 5 min.
    lockDocuments: { duration: 300 },
    // The public lists, newest first in index order: all published statements (`/published`,
    // the sitemap) and a person's (their page and feeds). Its schedule, for the workflow panel.
    indexes: [{ fields: ['_status', 'publishedAt'] }, { fields: ['speaker', '_status', 'publishedAt'] }],
    endpoints: [...schedulesEndpoints(STATEMENTS), publishedListEndpoint({ collection: STATEMENTS, select: LEAN_STATEMENT })],
    fields: [
      { name: 'headline', type: 'text', label: { zh: '小标题', en: 'Headline' } },
      {
        type: 'row',
        fields: [
          { name: 'article', type: 'relationship', relationTo: ARTICLES, index: true, label: { zh: '所属稿件', en: 'Article' } },
          {
            name: 'position',
            type: 'number',
            index: true,
            min: 0,
            label: { zh: '顺序', en: 'Position' },
            // Stored from 0; lists count from 1 as people do.
            admin: { components: { Cell: 'newsroom/client#PositionCell' } },
          },
        ],
      },
      { name: 'speaker', type: 'relationship', relationTo: DELEGATES, index: true, label: { zh: '发言人', en: 'Speaker' } },
      {
        name: 'speakerName',
        type: 'text',
        label: { zh: '署名（见报）', en: 'Speaker name as printed' },
      },
      {
        name: 'speakerTitles',
        type: 'array',
        label: { zh: '职务（见报时）', en: 'Titles as printed' },
        labels: { singular: { zh: '职务', en: 'Title' }, plural: { zh: '职务', en: 'Titles' } },
        admin: { description: { zh: '见报时印出的职务，日后职务变动不会改写', en: 'A snapshot: later title changes do not rewrite it' } },
        fields: [{ name: 'title', type: 'text', required: true, label: { zh: '职务', en: 'Title' } }],
      },
      { name: 'body', type: 'richText', label: { zh: '正文', en: 'Body' } },
      bylinesField,
      {
        name: 'provenance',
        type: 'group',
        label: { zh: '来源', en: 'Provenance' },
        access: { read: isStaffField },
        admin: { position: 'sidebar' },
        fields: [
          { name: 'importId', type: 'text', label: { zh: '导入记录', en: 'Import' }, admin: { readOnly: true } },
          { name: 'start', type: 'number', label: { zh: '原文起点', en: 'Offset start' }, admin: { readOnly: true } },
          { name: 'end', type: 'number', label: { zh: '原文终点', en: 'Offset end' }, admin: { readOnly: true } },
        ],
      },
    ],
  },
  { schedulePublish: true, cascadeToStatements: false, siteURL },
)
