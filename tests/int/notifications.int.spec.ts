import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { getTestPayload, type TestPayload } from '../support'

// Issue 15, notifications: a move of a piece tells the people concerned, once per move, and
// each person sees only their own. REST and GraphQL access is asserted by the access matrix
// (tests/int/access.int.spec.ts, `notifications`); these run on the Local API as the desk's users.
describe('notifications', () => {
  let env: TestPayload
  let payload: Payload
  let admin: User & { collection: 'users' }
  let editor: User & { collection: 'users' }
  let reporter: User & { collection: 'users' }
  let other: User & { collection: 'users' }

  const as = (user: User & { collection: 'users' }) => ({ user, overrideAccess: false as const })
  const inbox = async (user: User & { collection: 'users' }) =>
    (await payload.find({ collection: 'notifications', sort: '-id', pagination: false, depth: 0, ...as(user) })).docs

  beforeAll(async () => {
    env = await getTestPayload()
    payload = env.payload
    const make = async (name: string, role: 'editor' | 'reporter') => ({
      ...(await payload.create({ collection: 'users', data: { name, email: `${name}@example.com`, password: 'a long enough password', roles: [role] } })),
      collection: 'users' as const,
    })
    admin = await make('admin', 'editor') // the first account becomes admin
    editor = await make('editor', 'editor')
    reporter = await make('reporter', 'reporter')
    other = await make('other', 'reporter')
  })
  afterAll(() => env?.cleanup())

  const roundup = async (title: string, statements: number) => {
    const article = await payload.create({ collection: 'articles', data: { title }, ...as(reporter) })
    for (let position = 0; position < statements; position++) {
      const statement = await payload.create({ collection: 'statements', data: { headline: `${title} ${position}`, article: article.id, position }, ...as(reporter) })
      await payload.update({ collection: 'statements', id: statement.id, data: { stage: 'in_review' }, ...as(reporter) })
    }
    return article
  }

  it('should tell every editor, and not the reporter, that a piece was submitted', async () => {
    const article = await roundup('提交通知', 0)
    await payload.update({ collection: 'articles', id: article.id, data: { stage: 'in_review' }, ...as(reporter) })
    for (const person of [admin, editor]) {
      const [latest] = await inbox(person)
      expect(latest).toMatchObject({ kind: 'submit', collectionSlug: 'articles', documentId: String(article.id), title: '提交通知', actor: reporter.id, read: false })
    }
    expect((await inbox(reporter)).filter((n) => n.documentId === String(article.id))).toEqual([])
  })

  it('should count an article created in review (an import committed) as submitted, once', async () => {
    const article = await payload.create({ collection: 'articles', data: { title: '导入提交', stage: 'in_review' }, overrideAccess: true, user: reporter })
    await payload.create({ collection: 'statements', data: { headline: '导入的发言', article: article.id, stage: 'in_review' }, overrideAccess: true, user: reporter })
    const mine = (await inbox(editor)).filter((n) => n.title?.startsWith('导入'))
    expect(mine.map((n) => [n.kind, n.documentId])).toEqual([['submit', String(article.id)]])
  })

  it("should tell the owner of a return, with the editor's note", async () => {
    const article = await roundup('退回通知', 0)
    await payload.update({ collection: 'articles', id: article.id, data: { stage: 'in_review' }, ...as(reporter) })
    await payload.update({ collection: 'articles', id: article.id, data: { stage: 'draft', reviewNote: '请补充数据来源' }, ...as(editor) })
    const [latest] = await inbox(reporter)
    expect(latest).toMatchObject({ kind: 'return', documentId: String(article.id), note: '请补充数据来源', actor: editor.id, read: false })
  })

  it('should send one notification per article move, not one per statement it carries', async () => {
    const article = await roundup('整篇审核', 3)
    await payload.update({ collection: 'articles', id: article.id, data: { stage: 'in_review' }, ...as(reporter) })
    const before = (await inbox(reporter)).length
    await payload.update({ collection: 'articles', id: article.id, data: { stage: 'approved' }, ...as(editor) })
    await payload.update({ collection: 'articles', id: article.id, data: { stage: 'published' }, ...as(editor) })
    const added = (await inbox(reporter)).slice(0, (await inbox(reporter)).length - before)
    expect(added.map((n) => [n.kind, n.collectionSlug, n.documentId])).toEqual([
      ['publish', 'articles', String(article.id)],
      ['approve', 'articles', String(article.id)],
    ])
    const statements = await payload.find({ collection: 'statements', where: { article: { equals: article.id } }, depth: 0, overrideAccess: true })
    expect(statements.docs.map((s) => s.stage)).toEqual(['published', 'published', 'published'])
  })

  it("should keep a person out of another's notifications, and let them mark their own read (only that)", async () => {
    const [mine] = await inbox(reporter)
    expect(await inbox(other)).toEqual([])
    await expect(payload.findByID({ collection: 'notifications', id: mine!.id, ...as(other) })).rejects.toThrow()
    await expect(payload.update({ collection: 'notifications', id: mine!.id, data: { read: true }, ...as(other) })).rejects.toThrow()

    const marked = await payload.update({ collection: 'notifications', id: mine!.id, data: { read: true, note: '改写', kind: 'publish' }, ...as(reporter) })
    expect(marked).toMatchObject({ read: true, note: mine!.note, kind: mine!.kind })
    await expect(
      payload.create({ collection: 'notifications', data: { recipient: other.id, kind: 'submit', collectionSlug: 'articles', documentId: '1' }, ...as(admin) }),
    ).rejects.toThrow()
  })
})
