import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { query } from '../helpers/testDatabase'
import { type Desk, messageOf, openDesk, statementIn } from './desk'

// Finding 5: a reporter could move an in-review article back to draft and delete it, leaving its
// published statements with `article: null`; deletes revalidated nothing (stale pages).
describe('F05 deletes: never published pieces only, audited, revalidated, no orphans', () => {
  let desk: Desk
  beforeAll(async () => {
    desk = await openDesk()
  })
  afterAll(() => desk?.close())

  const articleWithStatement = async () => {
    const article = (await desk.api('reporterOwn', 'POST', '/articles', { title: '要删的稿件' })).json.doc.id as number
    const statement = await statementIn(desk, 'published', '已发布的发言')
    await desk.payload.update({ collection: 'statements', id: statement, data: { article } })
    return { article, statement }
  }

  it('F05: should refuse a reporter deleting a submitted-then-withdrawn article and keep its statements\' article', async () => {
    const { article, statement } = await articleWithStatement()
    expect((await desk.api('reporterOwn', 'PATCH', `/articles/${article}`, { stage: 'in_review' })).status).toBe(200)
    expect((await desk.api('reporterOwn', 'PATCH', `/articles/${article}`, { stage: 'draft' })).status).toBe(200)
    const deleted = await desk.api('reporterOwn', 'DELETE', `/articles/${article}`)
    expect(deleted.status).toBeGreaterThanOrEqual(400)
    expect(deleted.status).toBeLessThan(500)
    const after = await desk.payload.findByID({ collection: 'statements', id: statement, depth: 0 })
    expect(after.article).toBe(article)
  })

  it('F05: should let a reporter delete only their own never-submitted draft, audited', async () => {
    const own = (await desk.api('reporterOwn', 'POST', '/articles', { title: '草稿' })).json.doc.id as number
    expect((await desk.api('reporterOther', 'DELETE', `/articles/${own}`)).status).toBeGreaterThanOrEqual(400)
    const deleted = await desk.api('reporterOwn', 'DELETE', `/articles/${own}`)
    expect(deleted.status, messageOf(deleted)).toBe(200)
    const audit = await desk.api('editor', 'GET', `/audit?where[documentId][equals]=${own}&where[action][equals]=delete&depth=0`)
    expect(audit.json.docs).toHaveLength(1)
    expect(audit.json.docs[0].user).toBe(desk.idOf('reporterOwn'))
  })

  it('F05: should refuse an editor deleting a published piece; the database refuses an article with statements', async () => {
    const { article, statement } = await articleWithStatement()
    expect((await desk.api('editor', 'DELETE', `/statements/${statement}`)).status).toBe(403)
    const admin = await desk.api('admin', 'DELETE', `/articles/${article}`)
    expect(admin.status).toBe(409)
    expect(messageOf(admin)).toMatch(/发言/)
    await expect(query(desk.databaseUrl, 'DELETE FROM articles WHERE id = $1', [article])).rejects.toThrow(/foreign key/)
    const speaker = await desk.payload.create({ collection: 'delegates', data: { name: '发言人甲' } })
    await desk.payload.update({ collection: 'statements', id: statement, data: { speaker: speaker.id } })
    await expect(query(desk.databaseUrl, 'DELETE FROM delegates WHERE id = $1', [speaker.id])).rejects.toThrow(/foreign key/)
  })

  it('F05: should revalidate the pages that showed a deleted piece', async () => {
    const id = (await desk.api('editor', 'POST', '/articles', { title: '管理员要删的已发布稿件' })).json.doc.id as number
    const published = await desk.api('editor', 'PATCH', `/articles/${id}?depth=0`, { stage: 'published' })
    expect(published.status, messageOf(published)).toBe(200)
    const path = `/articles/${published.json.doc.slug}`
    await desk.page('anonymous', path)
    expect((await desk.page('anonymous', path)).status).toBe(200)
    const deleted = await desk.api('admin', 'DELETE', `/articles/${id}`)
    expect(deleted.status, messageOf(deleted)).toBe(200)
    expect((await desk.page('anonymous', path)).status).toBe(404)
  })
})
