import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createStaff, restToken } from '../helpers/staff'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { call } from './http'

const LOCKS = 'payload-locked-documents'

// Finding 12: any reporter could create and delete lock rows for any document (Payload's
// default access on that collection) and so block all editing on the desk.
describe('f12: only who may edit a document locks it; only the holder, an editor or an admin releases it', () => {
  let env: TestPayload
  let server: TestServer
  const tokens: Record<string, string> = {}
  const ids: Record<string, number> = {}
  let editorsStatement: number
  let zhangsStatement: number

  beforeAll(async () => {
    env = await getTestPayload()
    await createStaff(env.payload, 'admin', 'chief')
    for (const [role, name] of [['editor', 'editor'], ['reporter', 'zhang'], ['reporter', 'li']] as const) {
      ids[name] = (await createStaff(env.payload, role, name)).id
    }
    const asUser = async (name: string) => ({ user: { ...(await env.payload.findByID({ collection: 'users', id: ids[name]! })), collection: 'users' as const }, overrideAccess: false as const })
    editorsStatement = (await env.payload.create({ collection: 'statements', data: { headline: '编辑的稿' }, ...(await asUser('editor')) })).id
    zhangsStatement = (await env.payload.create({ collection: 'statements', data: { headline: '张的稿' }, ...(await asUser('zhang')) })).id
    server = await startServer({ databaseUrl: env.databaseUrl })
    for (const name of ['chief', 'editor', 'zhang', 'li']) tokens[name] = await restToken(server.url, `${name}@example.com`)
  })
  afterAll(async () => {
    await server?.stop()
    await env?.cleanup()
  })

  const lock = (who: string, id: number, holder = who) =>
    call(server, `/api/${LOCKS}`, { method: 'POST', token: tokens[who], body: { document: { relationTo: 'statements', value: id }, user: { relationTo: 'users', value: ids[holder] } } })
  const release = (who: string, lockId: number) => call(server, `/api/${LOCKS}/${lockId}`, { method: 'DELETE', token: tokens[who] })
  const locksOn = async (id: number) =>
    (await env.payload.find({ collection: LOCKS, where: { 'document.value': { equals: id } }, depth: 0, pagination: false })).docs
  const clear = () => env.payload.delete({ collection: LOCKS, where: { id: { exists: true } } })

  it('should refuse a reporter’s lock on a document the reporter may not edit', async () => {
    await clear()
    const answer = await lock('zhang', editorsStatement)
    expect(answer.status).toBe(403)
    expect(await locksOn(editorsStatement)).toEqual([])
  })

  it('should let a reporter lock their own piece, as themselves only', async () => {
    await clear()
    expect((await lock('zhang', zhangsStatement)).status).toBe(201)
    const forged = await lock('zhang', zhangsStatement, 'editor')
    if (forged.status === 201) {
      expect((await locksOn(zhangsStatement)).map((row) => (row.user as { value: number }).value)).not.toContain(ids.editor)
    } else {
      expect(forged.status).toBe(403)
    }
  })

  it('should refuse a reporter’s release (or change) of someone else’s lock, and a bulk release', async () => {
    await clear()
    const held = await lock('editor', editorsStatement)
    expect(held.status).toBe(201)
    const lockId = (held.json!.doc as { id: number }).id
    expect((await release('zhang', lockId)).status).toBe(403)
    expect((await call(server, `/api/${LOCKS}/${lockId}`, { method: 'PATCH', token: tokens.zhang, body: { user: { relationTo: 'users', value: ids.zhang } } })).status).toBe(403)
    await call(server, `/api/${LOCKS}?where[id][exists]=true`, { method: 'DELETE', token: tokens.zhang })
    const rows = await locksOn(editorsStatement)
    expect(rows.map((row) => (row.user as { value: number }).value)).toEqual([ids.editor])
  })

  it('should refuse another reporter’s release of a reporter’s lock', async () => {
    await clear()
    const lockId = ((await lock('zhang', zhangsStatement)).json!.doc as { id: number }).id
    expect((await release('li', lockId)).status).toBe(403)
    expect(await locksOn(zhangsStatement)).toHaveLength(1)
  })

  it.each(['zhang', 'editor', 'chief'])('should let %s (holder, editor, admin) release a reporter’s lock', async (who) => {
    await clear()
    const lockId = ((await lock('zhang', zhangsStatement)).json!.doc as { id: number }).id
    expect((await release(who, lockId)).status).toBe(200)
    expect(await locksOn(zhangsStatement)).toEqual([])
  })
})
