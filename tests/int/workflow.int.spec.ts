import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'

describe('editorial workflow', () => {
  let env: TestPayload
  let payload: Payload
  let editor: User & { collection: 'users' }
  let reporter: User & { collection: 'users' }

  const as = (user: User & { collection: 'users' }) => ({ user, overrideAccess: false as const })

  beforeAll(async () => {
    env = await getTestPayload()
    payload = env.payload
    const make = async (name: string, role: 'editor' | 'reporter') => ({
      ...(await payload.create({
        collection: 'users',
        data: { name, email: `${name}@example.com`, password: 'a long enough password', roles: [role] },
      })),
      collection: 'users' as const,
    })
    await make('admin', 'editor') // the first account becomes admin
    editor = await make('editor', 'editor')
    reporter = await make('reporter', 'reporter')
  })
  afterAll(() => env?.cleanup())

  const newArticle = (title: string) => payload.create({ collection: 'articles', data: { title }, ...as(reporter) })
  const move = (id: number, data: Record<string, unknown>, user = editor) =>
    payload.update({ collection: 'articles', id, data: data as never, ...as(user) })

  it('should give an article a pinyin slug, unique, frozen once published', async () => {
    const first = await newArticle('县区委书记谈政府工作报告')
    const second = await newArticle('县区委书记谈政府工作报告')
    expect(first.slug).toBe('xian-qu-wei-shu-ji-tan-zheng-fu-gong-zuo-bao-gao')
    expect(second.slug).toBe('xian-qu-wei-shu-ji-tan-zheng-fu-gong-zuo-bao-gao-2')
    await move(first.id, { stage: 'in_review' }, reporter)
    await move(first.id, { stage: 'published' })
    const refused = await move(first.id, { slug: 'something-else' }).catch((error: { data?: { errors?: { message: string }[] } }) => error)
    expect(JSON.stringify((refused as { data?: unknown }).data)).toContain('链接不能再改')
  })

  // Issue 15: the article is the unit an editor approves and publishes.
  const roundup = async (title: string, headlines: string[]) => {
    const article = await newArticle(title)
    const statements = []
    for (const [position, headline] of headlines.entries()) {
      const created = await payload.create({ collection: 'statements', data: { headline, article: article.id, position }, ...as(reporter) })
      statements.push(await payload.update({ collection: 'statements', id: created.id, data: { stage: 'in_review' }, ...as(reporter) }))
    }
    await move(article.id, { stage: 'in_review' }, reporter)
    return { article, statements }
  }
  const statementNow = (id: number) => payload.findByID({ collection: 'statements', id, draft: true, depth: 0 })
  const publicHeadlines = async (articleId: number) =>
    (await payload.find({ collection: 'statements', where: { article: { equals: articleId } }, sort: 'position', overrideAccess: false })).docs.map((doc) => doc.headline)

  it('should approve the statements in review when the editor approves the article, each pinned to its version', async () => {
    const { article, statements } = await roundup('审核通过整组', ['甲', '乙', '丙'])
    // 丙 is held back before the article is approved: it stays returned.
    await payload.update({ collection: 'statements', id: statements[2]!.id, data: { stage: 'draft', reviewNote: '数据待核实' }, ...as(editor) })
    await move(article.id, { stage: 'approved' })
    for (const statement of statements.slice(0, 2)) {
      const now = await statementNow(statement.id)
      expect(now).toMatchObject({ stage: 'approved', _status: 'draft' })
      expect(now.approval?.hash).toBeTruthy()
      expect(typeof now.approval?.by === 'object' ? now.approval?.by?.id : now.approval?.by).toBe(editor.id)
    }
    expect(await statementNow(statements[2]!.id)).toMatchObject({ stage: 'draft' })
    // One can still be returned on its own after the article's approval.
    await payload.update({ collection: 'statements', id: statements[1]!.id, data: { stage: 'draft', reviewNote: '引语请核对' }, ...as(editor) })
    expect(await statementNow(statements[1]!.id)).toMatchObject({ stage: 'draft' })
  })

  it('should publish an article with its approved statements and leave the held-back ones unpublished', async () => {
    const { article, statements } = await roundup('代表谈发展', ['已审核的发言', '退回的发言'])
    await payload.update({ collection: 'statements', id: statements[1]!.id, data: { stage: 'draft', reviewNote: '暂缓刊发' }, ...as(editor) })
    await move(article.id, { stage: 'approved' })
    await move(article.id, { stage: 'published' })
    expect(await statementNow(statements[0]!.id)).toMatchObject({ stage: 'published', _status: 'published' })
    expect(await statementNow(statements[1]!.id)).toMatchObject({ stage: 'draft', _status: 'draft' })
    expect(await publicHeadlines(article.id)).toEqual(['已审核的发言'])
  })

  it('should refuse to publish an article while a statement is still in review, saying which, and change nothing', async () => {
    const { article, statements } = await roundup('还有发言待审', ['第一条', '第二条'])
    // Straight from review, nothing approved: the article would go public empty.
    await expect(move(article.id, { stage: 'published' })).rejects.toThrow(/还不能发布：2 条发言还没有审核：第 1 条「第一条」（待审）；第 2 条「第二条」（待审）/)
    await move(article.id, { stage: 'approved' })
    // A statement submitted again after the approval waits for a decision too.
    await payload.update({ collection: 'statements', id: statements[1]!.id, data: { stage: 'in_review' }, ...as(editor) })
    await expect(move(article.id, { stage: 'published' })).rejects.toThrow(/1 条发言还没有审核：第 2 条「第二条」（待审）/)
    expect(await payload.findByID({ collection: 'articles', id: article.id })).toMatchObject({ stage: 'approved', _status: 'draft' })
    expect(await publicHeadlines(article.id)).toEqual([])
  })

  it('should refuse to publish a roundup whose statements are all held back (an empty article)', async () => {
    const { article, statements } = await roundup('全部退回', ['唯一一条'])
    await payload.update({ collection: 'statements', id: statements[0]!.id, data: { stage: 'draft', reviewNote: '整条重写' }, ...as(editor) })
    await move(article.id, { stage: 'approved' })
    await expect(move(article.id, { stage: 'published' })).rejects.toThrow(/发布出去会是一篇空稿/)
    expect((await payload.findByID({ collection: 'articles', id: article.id }))._status).toBe('draft')
  })

  it('should publish the article and its statements in one transaction: one statement that cannot go public keeps them all back', async () => {
    const { article, statements } = await roundup('全有或全无', ['能发的一条', '坏掉的一条'])
    await move(article.id, { stage: 'approved' })
    // A draft version skips validation; going public does not: this statement cannot be published.
    await payload.update({ collection: 'statements', id: statements[1]!.id, draft: true, data: { position: -1 }, context: { newsroomSystem: true } })
    await expect(move(article.id, { stage: 'published' })).rejects.toThrow()
    expect(await payload.findByID({ collection: 'articles', id: article.id })).toMatchObject({ stage: 'approved', _status: 'draft' })
    expect(await statementNow(statements[0]!.id)).toMatchObject({ stage: 'approved', _status: 'draft' })
    expect(await publicHeadlines(article.id)).toEqual([])
  })

  it('should refuse a reporter who tries to publish, with a Chinese reason', async () => {
    const article = await newArticle('记者想直接发布')
    await expect(move(article.id, { _status: 'published' }, reporter)).rejects.toThrow(/发布由编辑完成/)
    expect((await payload.findByID({ collection: 'articles', id: article.id }))._status).toBe('draft')
  })

  it('should require a review note when an editor returns a piece, and record it in the audit trail', async () => {
    const article = await newArticle('需要退回的稿件')
    await move(article.id, { stage: 'in_review' }, reporter)
    await expect(move(article.id, { stage: 'draft' })).rejects.toThrow(/审稿意见/)
    await move(article.id, { stage: 'draft', reviewNote: '第二段数据请核实' })
    const { docs } = await payload.find({
      collection: 'audit',
      where: { collectionSlug: { equals: 'articles' }, documentId: { equals: String(article.id) } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(docs.map((row) => [row.action, row.fromStage ?? null, row.toStage])).toEqual([
      ['create', null, 'draft'],
      ['submit', 'draft', 'in_review'],
      ['return', 'in_review', 'draft'],
    ])
    expect(docs[2]).toMatchObject({ note: '第二段数据请核实', user: editor.id })
  })

  it('should keep the audit trail out of reach of every API writer', async () => {
    const [row] = (await payload.find({ collection: 'audit', limit: 1 })).docs
    await expect(payload.update({ collection: 'audit', id: row!.id, data: { note: '篡改' }, ...as(editor) })).rejects.toThrow()
    await expect(payload.delete({ collection: 'audit', id: row!.id, ...as(editor) })).rejects.toThrow()
  })

  it('should retract with a public reason, keeping the piece and dropping it from public lists', async () => {
    const article = await newArticle('将被撤回的稿件')
    await move(article.id, { stage: 'published' })
    await expect(move(article.id, { stage: 'retracted' })).rejects.toThrow(/撤回稿件必须写明原因/)
    const retracted = await move(article.id, { stage: 'retracted', retraction: { reason: '引语有误' } })
    expect(retracted.retraction).toMatchObject({ reason: '引语有误' })
    expect(retracted.retraction?.retractedAt).toBeTruthy()
    const publicList = await payload.find({ collection: 'articles', overrideAccess: false })
    expect(publicList.docs.map((doc) => doc.id)).not.toContain(article.id)
  })

  it('should publish a correction as a new published version with a public note', async () => {
    const article = await newArticle('需要更正的稿件')
    await move(article.id, { stage: 'published' })
    await move(article.id, { title: '更正后的标题', corrections: [{ date: new Date().toISOString(), note: '原文人名有误，已更正' }] })
    const publicView = await payload.findByID({ collection: 'articles', id: article.id, overrideAccess: false })
    expect(publicView.title).toBe('更正后的标题')
    expect(publicView.corrections?.[0]?.note).toBe('原文人名有误，已更正')
    const versions = await payload.findVersions({ collection: 'articles', where: { parent: { equals: article.id } } })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(3)
  })

  it('should publish a scheduled article when the jobs queue runs after its time', async () => {
    const article = await newArticle('定时发布的稿件')
    await move(article.id, { stage: 'in_review' }, reporter)
    await move(article.id, { stage: 'approved' })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: article.id }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date(Date.now() + 60_000),
    })
    await payload.jobs.run()
    expect((await payload.findByID({ collection: 'articles', id: article.id }))._status).toBe('draft')

    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: article.id }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date(Date.now() - 1_000),
    })
    await payload.jobs.run()
    expect(await payload.findByID({ collection: 'articles', id: article.id })).toMatchObject({ _status: 'published', stage: 'published' })
  })

  it('should flag a second delegate with the same name and a compatible title as a likely duplicate', async () => {
    const first = await payload.create({ collection: 'delegates', data: { name: '刘波', titles: [{ title: '大通县委书记' }] }, ...as(editor) })
    const second = await payload.create({
      collection: 'delegates',
      data: { name: '刘波', titles: [{ title: '西宁市常委、大通县委书记' }] },
      ...as(editor),
    })
    const unrelated = await payload.create({ collection: 'delegates', data: { name: '刘波', titles: [{ title: '省农科院研究员' }] }, ...as(editor) })
    expect((second.likelyDuplicates ?? []).map((d) => (typeof d === 'object' ? d.id : d))).toEqual([first.id])
    expect(unrelated.likelyDuplicates ?? []).toEqual([])
  })
})
