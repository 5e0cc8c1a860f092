import { APIError, createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { toLexical } from '../../src/import/toLexical'
import type { FieldChange } from '../../src/workflow/changes/changesBetween'
import { seed } from '../support/bigPaste'
import { createStaff, getTestPayload, type TestPayload } from '../support'

type Staff = User & { collection: 'users' }
type Changes = { approved: { stage: string } | null; changes: FieldChange[] }

// Issue 15, review in context: what changed since the last approval (the endpoint the side-by-side
// view reads), and notes on an import before it is committed. On the Local API as the desk's users.
describe('review in context', () => {
  let env: TestPayload
  let payload: Payload
  let editor: Staff
  let reporter: Staff
  let other: Staff
  const as = (user: Staff) => ({ user, overrideAccess: false as const })

  beforeAll(async () => {
    env = await getTestPayload()
    payload = env.payload
    await createStaff(payload, 'admin')
    editor = { ...(await createStaff(payload, 'editor')), collection: 'users' }
    reporter = { ...(await createStaff(payload, 'reporter')), collection: 'users' }
    other = { ...(await createStaff(payload, 'reporter', 'other')), collection: 'users' }
  })
  afterAll(() => env?.cleanup())

  /** GET /api/statements/:id/changes as `user`, through the collection's own endpoint. */
  const changesOf = async (id: number, user: Staff): Promise<{ status: number; body?: Changes }> => {
    const endpoint = payload.collections.statements.config.endpoints
    const handler = (endpoint || []).find((e) => e.path === '/:id/changes' && e.method === 'get')!.handler
    const req = await createLocalReq({ user }, payload)
    req.routeParams = { id: String(id) }
    try {
      const response = await handler(req)
      return { status: response.status, body: (await response.json()) as Changes }
    } catch (error) {
      if (error instanceof APIError) return { status: error.status }
      throw error
    }
  }

  it('should show the edited paragraph of a statement returned after approval, old beside new, to those who may read both versions', async () => {
    const body = toLexical(['第一段不变。', '我们将把生态保护放在首位。', '第三段不变。'])
    const { id } = await payload.create({ collection: 'statements', data: { headline: '生态优先', body }, ...as(reporter) })
    await payload.update({ collection: 'statements', id, data: { stage: 'in_review' }, ...as(reporter) })
    expect((await changesOf(id, editor)).body).toEqual({ approved: null, changes: [] })

    await payload.update({ collection: 'statements', id, data: { stage: 'approved' }, ...as(editor) })
    expect((await changesOf(id, editor)).body?.changes).toEqual([])
    await payload.update({ collection: 'statements', id, data: { stage: 'draft', reviewNote: '第二段请用原话' }, ...as(editor) })
    const edited = toLexical(['第一段不变。', '我们将把生态保护和绿色发展放在首位。', '第三段不变。'])
    await payload.update({ collection: 'statements', id, data: { body: edited }, draft: true, ...as(reporter) })

    const seen = await changesOf(id, editor)
    expect(seen.status).toBe(200)
    expect(seen.body?.approved?.stage).toBe('approved')
    const [change] = seen.body!.changes
    expect(seen.body!.changes).toHaveLength(1)
    expect(change).toMatchObject({ field: 'body', label: { zh: '正文', en: 'Body' } })
    expect(change!.rows).toHaveLength(1)
    const [row] = change!.rows
    expect(row!.at).toEqual({ before: 2, after: 2 })
    expect(row!.before!.map((piece) => piece.text).join('')).toBe('我们将把生态保护放在首位。')
    expect(row!.after!.filter((piece) => piece.changed).map((piece) => piece.text).join('')).toContain('绿色发展')
    expect(row!.before!.some((piece) => piece.changed)).toBe(false)

    // The reporter who wrote it reads both versions; another reporter reads neither.
    expect((await changesOf(id, reporter)).status).toBe(200)
    expect((await changesOf(id, other)).status).toBe(404)
  })

  it('should take notes on an import before it is committed, seen by its reporter and the editors only', async () => {
    const paste = await payload.create({ collection: 'imports', data: { rawText: seed }, ...as(reporter) })
    const note = await payload.create({
      collection: 'comments',
      data: { doc: { relationTo: 'imports', value: paste.id }, body: '第三位代表的职务请核对' },
      ...as(editor),
    })
    expect(note.author).toMatchObject({ id: editor.id })
    const onImport = { 'doc.relationTo': { equals: 'imports' }, 'doc.value': { equals: paste.id } }
    const read = async (user: Staff) => (await payload.find({ collection: 'comments', where: onImport, sort: 'createdAt', depth: 0, ...as(user) })).docs.map((doc) => doc.body)
    expect(await read(reporter)).toEqual(['第三位代表的职务请核对'])
    expect(await read(other)).toEqual([])
    // Nor may another reporter write on an import they cannot read.
    await expect(
      payload.create({ collection: 'comments', data: { doc: { relationTo: 'imports', value: paste.id }, body: '不该能写' }, ...as(other) }),
    ).rejects.toThrow()
    await payload.create({ collection: 'comments', data: { doc: { relationTo: 'imports', value: paste.id }, body: '已核对' }, ...as(reporter) })
    expect(await read(editor)).toEqual(['第三位代表的职务请核对', '已核对'])
  })
})
