import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Desk, messageOf, openDesk } from './desk'

// Finding 3: a reporter could set `publishedAt` (2099 tops the home page, feeds and news sitemap
// once published) and the retraction and correction fields of their own piece.
// The rule: those fields are editors'; a reporter's values are IGNORED (the save goes through,
// the fields keep their stored value), on REST, GraphQL and the Local API alike.
describe('F03 publishedAt, retraction and corrections are editors\' fields', () => {
  let desk: Desk
  beforeAll(async () => {
    desk = await openDesk()
  })
  afterAll(() => desk?.close())

  const FORGED = {
    publishedAt: '2099-01-01T00:00:00.000Z',
    retraction: { reason: '记者伪造的撤回说明', retractedAt: '2099-01-01T00:00:00.000Z' },
    corrections: [{ date: '2099-01-01T00:00:00.000Z', note: '记者伪造的更正' }],
  }
  const stored = (id: number) => desk.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
  const expectUnforged = async (id: number) => {
    const doc = await stored(id)
    expect(doc.publishedAt ?? null).toBeNull()
    expect(doc.retraction?.reason ?? null).toBeNull()
    expect(doc.corrections ?? []).toEqual([])
  }

  it('F03: should ignore publishedAt, retraction and corrections from a reporter over REST', async () => {
    const created = await desk.api('reporterOwn', 'POST', '/articles', { title: '记者的稿件', ...FORGED })
    expect(created.status, messageOf(created)).toBe(201)
    const id = created.json.doc.id as number
    await expectUnforged(id)
    const patched = await desk.api('reporterOwn', 'PATCH', `/articles/${id}`, FORGED)
    expect(patched.status, messageOf(patched)).toBe(200)
    await expectUnforged(id)
    // Published by the editor, it carries the real first-publish time, not 2099.
    await desk.api('reporterOwn', 'PATCH', `/articles/${id}`, { stage: 'in_review' })
    await desk.api('editor', 'PATCH', `/articles/${id}`, { stage: 'approved' })
    await desk.api('editor', 'PATCH', `/articles/${id}`, { stage: 'published' })
    expect(new Date((await stored(id)).publishedAt!).getFullYear()).toBeLessThan(2099)
  })

  it('F03: should ignore them over GraphQL and the Local API too, and refuse a reporter\'s stage move', async () => {
    const id = (await desk.api('reporterOwn', 'POST', '/articles', { title: '记者的另一篇稿件' })).json.doc.id as number
    const result = await desk.graphql('reporterOwn', 'mutation($id: Int!, $data: mutationArticleUpdateInput!) { updateArticle(id: $id, data: $data) { id } }', {
      id,
      data: FORGED,
    })
    expect(result.errors ?? []).toEqual([])
    await expectUnforged(id)
    await desk.payload.update({ collection: 'articles', id, data: FORGED as never, user: desk.userOf('reporterOwn'), overrideAccess: false })
    await expectUnforged(id)
    const moved = await desk.api('reporterOwn', 'PATCH', `/articles/${id}`, { stage: 'approved' })
    expect(moved.status).toBe(403)
    expect((await stored(id)).stage).toBe('draft')
  })

  it('F03: should let an editor set them', async () => {
    const id = (await desk.api('reporterOwn', 'POST', '/articles', { title: '编辑改的稿件' })).json.doc.id as number
    const patched = await desk.api('editor', 'PATCH', `/articles/${id}?depth=0`, { corrections: FORGED.corrections })
    expect(patched.status, messageOf(patched)).toBe(200)
    expect((await stored(id)).corrections?.[0]?.note).toBe('记者伪造的更正')
  })
})
