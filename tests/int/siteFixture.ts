import crypto from 'node:crypto'

import type { Payload } from 'payload'

import type { User } from '../../payload-types'
import { query } from '../helpers/testDatabase'

/** Lexical rich text from paragraphs of plain text. */
export const lexical = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
    })),
  },
})

export type SiteFixture = Awaited<ReturnType<typeof seedSite>>

/**
 * A small paper: one published roundup with two published statements (and one unpublished),
 * a draft, a scheduled piece and a retracted one. Slugs carry a per-run suffix and statement
 * ids start at a random number: the test build's page cache (on disk, shared by every server
 * started from it) can never answer for this database with a page rendered from another.
 */
export async function seedSite(payload: Payload, databaseUrl: string) {
  const run = crypto.randomBytes(3).toString('hex')
  await query(databaseUrl, `SELECT setval('statements_id_seq', $1)`, [crypto.randomInt(1_000_000, 2_000_000_000)])
  const MARK = {
    draft: `DRAFTMARK${run}`,
    scheduled: `SCHEDMARK${run}`,
    statement: `PENDINGSTATEMENT${run}`,
    retractedBody: `RETRACTEDBODY${run}`,
  }
  const editor = {
    ...(await payload.create({
      collection: 'users',
      data: { name: '值班编辑', email: `editor-${run}@example.com`, password: 'a long enough password', roles: ['editor'] },
    })),
    collection: 'users' as const,
  } as User & { collection: 'users' }
  const as = { user: editor, overrideAccess: false as const }
  const publish = (collection: 'articles' | 'statements', id: number) => payload.update({ collection, id, data: { stage: 'published' }, ...as })

  const reporter = await payload.create({ collection: 'reporters', data: { name: '林晓', slug: `lin-xiao-${run}` }, ...as })
  const correspondent = await payload.create({ collection: 'reporters', data: { name: '周文', slug: `zhou-wen-${run}`, defaultCredit: 'correspondent' }, ...as })
  const photographer = await payload.create({ collection: 'reporters', data: { name: '陈光', slug: `chen-guang-${run}` }, ...as })
  const delegate = await payload.create({
    collection: 'delegates',
    data: { name: '王建国', slug: `wang-jian-guo-${run}`, titles: [{ title: '省人大代表', organization: '省人大' }, { title: '青山县委书记' }] },
    ...as,
  })
  const other = await payload.create({ collection: 'delegates', data: { name: '李秀英', slug: `li-xiu-ying-${run}` }, ...as })

  const article = await payload.create({
    collection: 'articles',
    data: {
      title: '代表委员谈县域经济高质量发展',
      slug: `dai-biao-${run}`,
      dek: '“把产业链留在县里，把年轻人留在家乡。”',
      source: { publication: '江南日报', editionDate: '2026-03-05T12:00:00.000Z', page: '3' },
      bylines: [
        { reporter: reporter.id, credit: 'reporter' },
        { reporter: correspondent.id, credit: 'correspondent' },
        { reporter: photographer.id, credit: 'photographer' },
      ],
      intro: lexical('连日来，出席省两会的代表委员围绕县域经济建言献策。'),
      outro: lexical('（本报记者整理）'),
    },
    ...as,
  })
  const statement = (position: number, data: Record<string, unknown>) =>
    payload.create({ collection: 'statements', data: { article: article.id, position, ...data } as never, ...as })
  const first = await statement(0, {
    headline: '让产业链在县里扎根',
    speaker: delegate.id,
    speakerName: '王建国',
    speakerTitles: [{ title: '省人大代表' }, { title: '青山县委书记' }],
    body: lexical('县域经济要走特色化道路，把龙头企业的配套环节留在本地。', '今年我们将新建两个产业园。'),
    bylines: [{ reporter: reporter.id, credit: 'reporter' }],
  })
  const second = await statement(1, {
    headline: '留住年轻人',
    speaker: other.id,
    speakerName: '李秀英',
    speakerTitles: [{ title: '省政协委员' }],
    body: lexical('年轻人愿意回来，县城才有活力。'),
  })
  const pending = await statement(2, { headline: `未审 ${MARK.statement}`, speakerName: '赵某', body: lexical(MARK.statement) })
  // statements first: an article goes public only with an approved or published statement (issue 15)
  await publish('statements', first.id)
  await publish('statements', second.id)
  await publish('articles', article.id)

  const draft = await payload.create({ collection: 'articles', data: { title: `草稿 ${MARK.draft}`, slug: `draft-${run}`, intro: lexical(MARK.draft) }, ...as })
  const scheduled = await payload.create({ collection: 'articles', data: { title: `定时 ${MARK.scheduled}`, slug: `scheduled-${run}` }, ...as })
  await payload.update({ collection: 'articles', id: scheduled.id, data: { stage: 'in_review' }, ...as })
  await payload.update({ collection: 'articles', id: scheduled.id, data: { stage: 'approved' }, ...as })
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'articles', value: scheduled.id }, user: { relationTo: 'users', value: editor.id } },
    waitUntil: new Date(Date.now() + 24 * 3600_000),
  })
  const retracted = await payload.create({
    collection: 'articles',
    data: { title: '已撤回的报道', slug: `retracted-${run}`, intro: lexical(MARK.retractedBody) },
    ...as,
  })
  await publish('articles', retracted.id)
  await payload.update({ collection: 'articles', id: retracted.id, data: { stage: 'retracted', retraction: { reason: '引语核实有误' } }, ...as })

  return {
    run,
    MARK,
    editor,
    slugs: { article: article.slug!, draft: draft.slug!, scheduled: scheduled.slug!, retracted: retracted.slug!, delegate: delegate.slug!, reporter: reporter.slug!, correspondent: correspondent.slug! },
    ids: { article: article.id, first: first.id, second: second.id, pending: pending.id, draft: draft.id, scheduled: scheduled.id, retracted: retracted.id },
  }
}
