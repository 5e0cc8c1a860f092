import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PayloadLockedDocument, Statement } from '../../payload-types'
import { query } from '../helpers/testDatabase'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { createStaff, restToken } from '../helpers/staff'
import { startServer, type TestServer } from '../helpers/testServer'

const LOCKS = 'payload-locked-documents'
/** The statements collection's `lockDocuments.duration`, in seconds. */
const LOCK_SECONDS = 300
const LOCKED = /^Document with ID \d+ is currently locked by another user and cannot be updated\.$/
/** The admin's autosave: a draft PATCH. */
const AUTOSAVE = '?draft=true&autosave=true'
/** The refusal of a save made from an older version: who changed it, that nothing was saved, what to do. */
const staleBy = (who: string) => new RegExp(`^这篇发言已被${who.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}在 \\d{1,2}:\\d{2}:\\d{2} 修改并保存，你打开的是之前的版本。为免覆盖对方的修改，你这次的改动没有保存。请先复制你的改动，刷新页面，在最新版本上重新修改。`)

type Editor = { id: number; token: string }
type Answer<T> = { status: number; body: T }
type Errors = { errors?: { message: string; data?: unknown }[] }

/**
 * Two editors on one statement over the real server's REST API, with Payload's document
 * locking (payload-locked-documents): the holder's edits survive the other's save. Then the
 * refusal of stale saves (src/workflow/refuseStaleSaves.ts): a save that carries the
 * `updatedAt` of an older version than the stored one is refused with 409. API clients opt
 * in by sending the `updatedAt` they last read (with `?draft=true`); the admin always does.
 */
describe('two editors saving the same statement', () => {
  let env: TestPayload
  let payload: Payload
  let server: TestServer
  let wang: Editor
  let li: Editor

  beforeAll(async () => {
    env = await getTestPayload()
    payload = env.payload
    await createStaff(payload, 'admin', 'chief') // first: the first account becomes the admin
    server = await startServer({ databaseUrl: env.databaseUrl })
    const editor = async (name: string): Promise<Editor> => {
      const user = await createStaff(payload, 'editor', name)
      return { id: user.id, token: await restToken(server.url, user.email) }
    }
    wang = await editor('wang')
    li = await editor('li')
  })
  afterAll(async () => {
    await server?.stop()
    await env?.cleanup()
  })

  const call = async <T>(as: Editor, method: string, route: string, body?: unknown): Promise<Answer<T>> => {
    const response = await fetch(`${server.url}/api${route}`, {
      method,
      headers: { authorization: `JWT ${as.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json()) as T }
  }
  /** A save as the admin's form makes it (a plain PATCH: no overrideLock). */
  const save = (as: Editor, id: number, headline: string, params = '') =>
    call<{ doc?: Statement } & Errors>(as, 'PATCH', `/statements/${id}${params}`, { headline })
  /**
   * Takes the lock as the admin's edit view does: the form-state server function stores a
   * payload-locked-documents row for the document and the user on the first keystroke.
   */
  const lock = async (as: Editor, id: number) => {
    const answer = await call<{ doc: PayloadLockedDocument }>(as, 'POST', `/${LOCKS}`, {
      document: { relationTo: 'statements', value: id },
      user: { relationTo: 'users', value: as.id },
    })
    expect(answer.status).toBe(201)
    return answer.body.doc.id
  }
  /** A save made from the version the client holds, as the admin's form sends it (its `updatedAt` in the body). */
  const saveFrom = (as: Editor, id: number, data: Partial<Statement>, updatedAt: string | undefined, params = '') =>
    call<{ doc?: Statement } & Errors>(as, 'PATCH', `/statements/${id}${params}`, { ...data, updatedAt })
  /** What the admin opens and a save would overwrite: the newest draft. */
  const newest = (id: number) => payload.findByID({ collection: 'statements', id, draft: true, depth: 0 })
  const versionsWith = async (id: number, field: 'headline' | 'speakerName', text: string) =>
    (await payload.findVersions({ collection: 'statements', where: { parent: { equals: id }, [`version.${field}`]: { like: text } } })).totalDocs
  const locksOn = async (id: number) =>
    (await payload.find({ collection: LOCKS, where: { 'document.value': { equals: id } }, depth: 0, pagination: false })).docs
  const headlineOf = async (id: number) => (await payload.findByID({ collection: 'statements', id, depth: 0 })).headline
  const newStatement = async (headline: string) => (await payload.create({ collection: 'statements', data: { headline } })).id

  it('should refuse the second editor with 423 while the first holds the lock, keeping the first editor’s text', async () => {
    const id = await newStatement('原稿小标题')
    await lock(wang, id)
    // The holder saves; a save releases Payload's lock, and the admin takes it again on the next keystroke.
    expect((await save(wang, id, '王编辑改的小标题')).status).toBe(200)
    expect(await locksOn(id)).toEqual([])
    await lock(wang, id)

    const refused = await save(li, id, '李编辑改的小标题')
    expect(refused.status).toBe(423)
    expect(refused.body.errors?.[0]?.message).toMatch(LOCKED)
    expect(refused.body.doc).toBeUndefined()
    // The admin's autosave (a draft PATCH) is refused the same way.
    expect((await save(li, id, '李编辑自动保存的小标题', '?draft=true&autosave=true')).status).toBe(423)
    expect(await headlineOf(id)).toBe('王编辑改的小标题')
    expect((await payload.findVersions({ collection: 'statements', where: { parent: { equals: id }, 'version.headline': { like: '李编辑' } } })).totalDocs).toBe(0)
    expect((await locksOn(id)).map((row) => row.user.value)).toEqual([wang.id])
  })

  it('should let the second editor save once the first leaves the document', async () => {
    const id = await newStatement('原稿小标题')
    const lockId = await lock(wang, id)
    expect((await save(li, id, '李编辑改的小标题')).status).toBe(423)
    // Leaving the edit view deletes the lock row over REST.
    expect((await call(wang, 'DELETE', `/${LOCKS}/${lockId}`)).status).toBe(200)
    expect((await save(li, id, '李编辑改的小标题')).status).toBe(200)
    expect(await headlineOf(id)).toBe('李编辑改的小标题')
  })

  it('should let the second editor save once the lock is older than its duration, and not before', async () => {
    const id = await newStatement('原稿小标题')
    const lockId = await lock(wang, id)
    const age = (seconds: number) =>
      query(env.databaseUrl, `UPDATE payload_locked_documents SET updated_at = now() - $2::int * interval '1 second' WHERE id = $1`, [lockId, seconds])
    await age(LOCK_SECONDS - 30)
    expect((await save(li, id, '李编辑改的小标题')).status).toBe(423)
    expect(await headlineOf(id)).toBe('原稿小标题')
    await age(LOCK_SECONDS + 30)
    expect((await save(li, id, '李编辑改的小标题')).status).toBe(200)
    expect(await headlineOf(id)).toBe('李编辑改的小标题')
    expect(await locksOn(id)).toEqual([])
  })

  it('should refuse the first editor after the second takes over, as the admin’s 接管 button does', async () => {
    const id = await newStatement('原稿小标题')
    const lockId = await lock(wang, id)
    // 接管: the admin PATCHes the lock row's user to the one taking over.
    expect((await call(li, 'PATCH', `/${LOCKS}/${lockId}`, { user: { relationTo: 'users', value: li.id } })).status).toBe(200)
    expect((await save(wang, id, '王编辑改的小标题')).status).toBe(423)
    expect(await headlineOf(id)).toBe('原稿小标题')
    expect((await save(li, id, '李编辑改的小标题')).status).toBe(200)
    expect(await headlineOf(id)).toBe('李编辑改的小标题')
  })

  it('should let any editor override the lock over REST with ?overrideLock=true, releasing it', async () => {
    const id = await newStatement('原稿小标题')
    await lock(wang, id)
    expect((await save(li, id, '李编辑改的小标题', '?overrideLock=true')).status).toBe(200)
    expect(await headlineOf(id)).toBe('李编辑改的小标题')
    // The holder's lock is gone with it: nothing is left to refuse his next save.
    expect(await locksOn(id)).toEqual([])
  })

  it('should refuse with 409 a save made from a version older than the stored one, naming who changed it, and keep that change', async () => {
    const id = await newStatement('原稿小标题')
    const opened = (await newest(id)).updatedAt // what both editors' forms hold
    const byLi = await saveFrom(li, id, { headline: '李编辑改的小标题' }, opened, AUTOSAVE)
    expect(byLi.status).toBe(200)
    expect(await locksOn(id)).toEqual([]) // nothing but the new check stands in the way

    // 王's autosave and his 发布修改 both carry the headline of the version he opened.
    for (const params of [AUTOSAVE, '?draft=false']) {
      const refused = await saveFrom(wang, id, { headline: '原稿小标题', speakerName: '刘波' }, opened, params)
      expect(refused.status, params).toBe(409)
      expect(refused.body.errors?.[0]?.message).toMatch(staleBy('li（li@example.com）'))
      expect(refused.body.errors?.[0]?.data).toEqual({ updatedAt: byLi.body.doc!.updatedAt })
      expect(refused.body.doc).toBeUndefined()
    }
    const stored = await newest(id)
    expect(stored.headline).toBe('李编辑改的小标题')
    expect(stored.speakerName ?? null).toBeNull()
    expect(stored._status).toBe('draft')
    expect(await versionsWith(id, 'speakerName', '刘波')).toBe(0)
  })

  it('should accept a save made from the stored version', async () => {
    const id = await newStatement('原稿小标题')
    const byLi = await saveFrom(li, id, { headline: '李编辑改的小标题' }, (await newest(id)).updatedAt, AUTOSAVE)
    const reloaded = (await newest(id)).updatedAt
    expect(reloaded).toBe(byLi.body.doc!.updatedAt)
    const byWang = await saveFrom(wang, id, { headline: '李编辑改的小标题', speakerName: '刘波' }, reloaded, AUTOSAVE)
    expect(byWang.status).toBe(200)
    expect(await newest(id)).toMatchObject({ headline: '李编辑改的小标题', speakerName: '刘波' })
  })

  it('should accept consecutive saves, each made from the version the previous one returned', async () => {
    const id = await newStatement('原稿')
    let updatedAt = (await newest(id)).updatedAt
    const statuses: number[] = []
    for (const [headline, params] of [['原稿一', AUTOSAVE], ['原稿一二', AUTOSAVE], ['原稿一二三', AUTOSAVE], ['原稿一二三（定稿）', '?draft=false']] as const) {
      const saved = await saveFrom(wang, id, { headline, ...(params === AUTOSAVE ? {} : { _status: 'published' as const }) }, updatedAt, params)
      statuses.push(saved.status)
      updatedAt = saved.body.doc!.updatedAt
    }
    expect(statuses).toEqual([200, 200, 200, 200])
    expect(await newest(id)).toMatchObject({ headline: '原稿一二三（定稿）', _status: 'published', stage: 'published' })
  })

  it('should let an autosave queued behind the same editor’s previous one through, but not past another editor’s save', async () => {
    const id = await newStatement('原稿')
    const opened = (await newest(id)).updatedAt
    // The admin sends an autosave made while the previous one was in flight before that one's
    // answer reaches the form: it carries the updatedAt from before the previous save.
    const first = await saveFrom(wang, id, { headline: '王一' }, opened, AUTOSAVE)
    expect(first.status).toBe(200)
    expect((await saveFrom(wang, id, { headline: '王一二' }, opened, AUTOSAVE)).status).toBe(200)
    expect((await saveFrom(wang, id, { headline: '王一二三' }, first.body.doc!.updatedAt, AUTOSAVE)).status).toBe(200)
    expect((await newest(id)).headline).toBe('王一二三')

    // Once 李 has saved, the same old versions are another editor's change away.
    const byLi = await saveFrom(li, id, { headline: '李改' }, (await newest(id)).updatedAt, AUTOSAVE)
    expect(byLi.status).toBe(200)
    for (const version of [opened, first.body.doc!.updatedAt]) {
      const refused = await saveFrom(wang, id, { headline: '王一二三四' }, version, AUTOSAVE)
      expect(refused.status).toBe(409)
      expect(refused.body.errors?.[0]?.message).toMatch(staleBy('li（li@example.com）'))
    }
    expect((await newest(id)).headline).toBe('李改')
  })

  it('should refuse a save made before a system change, such as an article’s publish reaching its statements', async () => {
    const article = await payload.create({ collection: 'articles', data: { title: '综述', stage: 'approved' } })
    const id = (await payload.create({ collection: 'statements', data: { headline: '已审核的发言', article: article.id, stage: 'approved' } })).id
    const opened = (await newest(id)).updatedAt
    expect((await call(li, 'PATCH', `/articles/${article.id}`, { stage: 'published' })).status).toBe(200)
    expect(await newest(id)).toMatchObject({ stage: 'published', _status: 'published' })

    // 王's form still says 「已审核」: saving it would quietly take the statement off the site.
    const refused = await saveFrom(wang, id, { headline: '已审核的发言', stage: 'approved', _status: 'draft' }, opened, AUTOSAVE)
    expect(refused.status).toBe(409)
    expect(refused.body.errors?.[0]?.message).toMatch(staleBy('系统（如定时发布，或稿件发布时连带更新的发言）'))
    expect(await newest(id)).toMatchObject({ stage: 'published', _status: 'published' })
  })

  it('should refuse a stale save over GraphQL too', async () => {
    const id = await newStatement('原稿小标题')
    const opened = (await newest(id)).updatedAt
    expect((await saveFrom(li, id, { headline: '李编辑改的小标题' }, opened, AUTOSAVE)).status).toBe(200)
    const answer = await call<{ data?: unknown; errors?: { message: string; extensions?: { statusCode?: number } }[] }>(wang, 'POST', '/graphql', {
      query: 'mutation($id: Int!, $data: mutationStatementUpdateInput!) { updateStatement(id: $id, data: $data, draft: true) { id } }',
      variables: { id, data: { headline: '王编辑改的小标题', updatedAt: opened } },
    })
    expect(answer.body.errors?.[0]?.message).toMatch(staleBy('li（li@example.com）'))
    expect(answer.body.errors?.[0]?.extensions?.statusCode).toBe(409)
    expect((await newest(id)).headline).toBe('李编辑改的小标题')
  })

  it('should not check saves that carry no updatedAt (API clients opt in by sending it), nor the Local API', async () => {
    const id = await newStatement('原稿小标题')
    const opened = (await newest(id)).updatedAt
    expect((await saveFrom(li, id, { headline: '李编辑改的小标题' }, opened, AUTOSAVE)).status).toBe(200)
    // A script that sends no updatedAt replaces the text, as before.
    expect((await saveFrom(wang, id, { headline: '脚本改的小标题' }, undefined, AUTOSAVE)).status).toBe(200)
    expect((await newest(id)).headline).toBe('脚本改的小标题')
    // Server code (hooks, jobs, scripts) is trusted, whatever updatedAt its data carries.
    await payload.update({ collection: 'statements', id, data: { headline: '服务器改的小标题', updatedAt: opened }, draft: true })
    expect((await newest(id)).headline).toBe('服务器改的小标题')
  })
})
