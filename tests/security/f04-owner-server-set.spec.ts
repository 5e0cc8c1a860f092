import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Desk, messageOf, openDesk } from './desk'

// Finding 4: `owner` was settable on create: a reporter could file a piece as someone else.
// The rule: the server sets owner to the creator; a value in the input is IGNORED (REST, GraphQL,
// Local API); only editors and admins reassign it afterwards.
describe('F04 owner is set by the server', () => {
  let desk: Desk
  beforeAll(async () => {
    desk = await openDesk()
  })
  afterAll(() => desk?.close())

  const ownerOf = async (collection: 'articles' | 'statements' | 'imports', id: number) => {
    const doc = await desk.payload.findByID({ collection, id, draft: true, depth: 0 })
    return doc.owner
  }

  it('F04: should file a piece as its creator whatever owner a reporter sends, on every surface', async () => {
    const other = desk.idOf('reporterOther')
    const rest = await desk.api('reporterOwn', 'POST', '/statements', { headline: '冒名的发言', owner: other })
    expect(rest.status, messageOf(rest)).toBe(201)
    expect(await ownerOf('statements', rest.json.doc.id)).toBe(desk.idOf('reporterOwn'))

    const gql = await desk.graphql('reporterOwn', 'mutation($data: mutationArticleInput!) { createArticle(data: $data) { id } }', {
      data: { title: '冒名的稿件', owner: other },
    })
    expect(gql.errors ?? []).toEqual([])
    expect(await ownerOf('articles', gql.data!.createArticle.id)).toBe(desk.idOf('reporterOwn'))

    const local = await desk.payload.create({
      collection: 'articles',
      data: { title: '本地冒名的稿件', owner: other },
      user: desk.userOf('reporterOwn'),
      overrideAccess: false,
    })
    expect(await ownerOf('articles', local.id)).toBe(desk.idOf('reporterOwn'))

    const paste = await desk.api('reporterOwn', 'POST', '/imports', { rawText: '# 冒名导入\n\n某县委书记 张冒名\n\n要抓好落实。', owner: other })
    expect(paste.status, messageOf(paste)).toBe(201)
    expect(await ownerOf('imports', paste.json.doc.id)).toBe(desk.idOf('reporterOwn'))
  })

  it('F04: should refuse a reporter reassigning owner and let an editor do it', async () => {
    const id = (await desk.api('reporterOwn', 'POST', '/articles', { title: '要转交的稿件' })).json.doc.id as number
    await desk.api('reporterOwn', 'PATCH', `/articles/${id}`, { owner: desk.idOf('reporterOther') })
    expect(await ownerOf('articles', id)).toBe(desk.idOf('reporterOwn'))
    const moved = await desk.api('editor', 'PATCH', `/articles/${id}`, { owner: desk.idOf('reporterOther') })
    expect(moved.status, messageOf(moved)).toBe(200)
    expect(await ownerOf('articles', id)).toBe(desk.idOf('reporterOther'))
  })
})
