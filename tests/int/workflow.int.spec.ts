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

  it('should publish an article with its approved statements and leave the others unpublished', async () => {
    const article = await newArticle('代表谈发展')
    const statement = (headline: string) =>
      payload.create({ collection: 'statements', data: { headline, article: article.id }, ...as(reporter) })
    const ready = await statement('已审核的发言')
    const pending = await statement('还在审的发言')
    await payload.update({ collection: 'statements', id: ready.id, data: { stage: 'in_review' }, ...as(reporter) })
    await payload.update({ collection: 'statements', id: ready.id, data: { stage: 'approved' }, ...as(editor) })
    await payload.update({ collection: 'statements', id: pending.id, data: { stage: 'in_review' }, ...as(reporter) })
    await move(article.id, { stage: 'in_review' }, reporter)
    await move(article.id, { stage: 'approved' })
    await move(article.id, { stage: 'published' })

    const after = async (id: number) => payload.findByID({ collection: 'statements', id })
    expect(await after(ready.id)).toMatchObject({ stage: 'published', _status: 'published' })
    expect(await after(pending.id)).toMatchObject({ stage: 'in_review', _status: 'draft' })

    const publicView = await payload.find({ collection: 'statements', where: { article: { equals: article.id } }, overrideAccess: false })
    expect(publicView.docs.map((doc) => doc.headline)).toEqual(['已审核的发言'])
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
      where: { documentId: { equals: String(article.id) } },
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
