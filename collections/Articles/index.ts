import type { CollectionConfig } from 'payload'

import { editorsWrite } from '../../src/access/isEditorField'
import { ARTICLES, MEDIA, STATEMENTS } from '../../src/constants'
import { LEAN_ARTICLE, publishedListEndpoint } from '../../src/delivery/publishedListEndpoint'
import { bylinesField } from '../../src/fields/bylinesField'
import { printSourceField } from '../../src/fields/printSourceField'
import { slugField } from '../../src/fields/slugField'
import { draftableCollection } from '../../src/workflow/draftableCollection'
import { scheduledTodayEndpoint } from '../../src/workflow/scheduledTodayEndpoint'
import { schedulesEndpoints } from '../../src/workflow/schedules/schedulesEndpoints'
import { refuseDeleteWhileQuoted } from '../../src/workflow/refuseDeleteWhileQuoted'
import { DESK_DATE_TIME } from '../../src/fields/deskDates'
import type { SanitizedNewsroomPluginConfig } from '../../src/types'

/** A printed piece, e.g. a roundup: its statements join it in printed order. */
export const articlesCollection = ({ siteURL }: SanitizedNewsroomPluginConfig): CollectionConfig =>
  draftableCollection(
  {
    slug: ARTICLES,
    graphQL: { singularName: 'Article', pluralName: 'Articles' },
    labels: { singular: { zh: '稿件', en: 'Article' }, plural: { zh: '稿件', en: 'Articles' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'stage', '_status', 'updatedAt'],
      group: { zh: '编辑部', en: 'Newsroom' },
    },
    defaultSort: '-updatedAt',
    // Document locking, explicit: another user's save gets 423 while the lock is held; an idle lock expires in 5 min.
    lockDocuments: { duration: 300 },
    // The desk's home lists today's scheduled pieces and the workflow panel each piece's own
    // (the jobs are not readable by staff); the public
    // lists (home, feeds, `/published`) read the publishedAt index newest first
    // (tests/int/listIndexes.int.spec.ts): a compound (_status, publishedAt) went unused there.
    endpoints: [scheduledTodayEndpoint, ...schedulesEndpoints(ARTICLES), publishedListEndpoint({ collection: ARTICLES, select: LEAN_ARTICLE })],
    hooks: {
      beforeDelete: [
        refuseDeleteWhileQuoted('article', (count) => `这篇稿件下还有 ${count} 条发言，不能删除：请先删除这些发言，或把它们移到其他稿件。（the article still holds statements）`),
      ],
    },
    fields: [
      { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } },
      slugField({ collection: ARTICLES, from: 'title', frozenOncePublished: true }),
      { name: 'dek', type: 'textarea', label: { zh: '导语', en: 'Dek' } },
      printSourceField(),
      bylinesField,
      { name: 'heroImage', type: 'upload', relationTo: MEDIA, label: { zh: '题图', en: 'Hero image' } },
      { name: 'intro', type: 'richText', label: { zh: '开篇', en: 'Intro' } },
      {
        name: 'statements',
        type: 'join',
        collection: STATEMENTS,
        on: 'article',
        defaultSort: 'position',
        defaultLimit: 100,
        label: { zh: '发言', en: 'Statements' },
        // Not the article column: every row is this article (it read <没有 所属稿件> there).
        admin: { defaultColumns: ['headline', 'speakerName', 'position', 'stage'] },
      },
      { name: 'outro', type: 'richText', label: { zh: '结尾', en: 'Outro' } },
      {
        name: 'corrections',
        type: 'array',
        label: { zh: '更正', en: 'Corrections' },
        access: editorsWrite,
        labels: { singular: { zh: '更正', en: 'Correction' }, plural: { zh: '更正', en: 'Corrections' } },
        admin: { description: { zh: '发布更正：添加一条公开说明，然后重新发布', en: 'Add a public note, then publish again' } },
        fields: [
          { name: 'date', type: 'date', required: true, defaultValue: () => new Date().toISOString(), label: { zh: '日期', en: 'Date' }, admin: { date: DESK_DATE_TIME } },
          { name: 'note', type: 'textarea', required: true, label: { zh: '更正说明（公开）', en: 'Public note' } },
        ],
      },
    ],
  },
  { schedulePublish: true, cascadeToStatements: true, siteURL },
)
