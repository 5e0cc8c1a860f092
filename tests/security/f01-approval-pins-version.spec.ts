import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Desk, messageOf, openDesk, statementIn } from './desk'

// Finding 1: an editor could approve and publish text nobody reviewed (a reporter's autosave that
// landed while the editor was reading); nothing recorded which version was approved.
describe('F01 approval pins the version the editor read', () => {
  let desk: Desk
  beforeAll(async () => {
    desk = await openDesk()
  })
  afterAll(() => desk?.close())

  const newest = async (id: number) =>
    (await desk.api('editor', 'GET', `/statements/versions?where[parent][equals]=${id}&sort=-updatedAt&limit=1&depth=0`)).json.docs[0]

  it('F01: should refuse an approval of a version older than the newest, and pin the version approved', async () => {
    const id = await statementIn(desk, 'in_review', '编辑读到的版本')
    const read = (await desk.api('editor', 'GET', `/statements/${id}?draft=true&depth=0`)).json
    // While the editor reads, the reporter's autosave lands.
    const autosave = await desk.api('reporterOwn', 'PATCH', `/statements/${id}?draft=true&autosave=true`, { headline: '没人审过的版本' })
    expect(autosave.status).toBe(200)

    const stale = await desk.api('editor', 'PATCH', `/statements/${id}`, { stage: 'approved', updatedAt: read.updatedAt })
    expect(stale.status).toBe(409)
    expect(messageOf(stale)).toMatch(/刷新.*审阅新版本/)
    expect((await desk.api('editor', 'GET', `/statements/${id}?draft=true&depth=0`)).json.stage).toBe('in_review')

    const reread = (await desk.api('editor', 'GET', `/statements/${id}?draft=true&depth=0`)).json
    const version = await newest(id)
    const approved = await desk.api('editor', 'PATCH', `/statements/${id}?depth=0`, { stage: 'approved', updatedAt: reread.updatedAt })
    expect(approved.status, messageOf(approved)).toBe(200)
    expect(approved.json.doc.approval).toMatchObject({ version: String(version.id), by: desk.idOf('editor') })
    expect(approved.json.doc.approval.hash).toMatch(/^[0-9a-f]{64}$/)

    // The reporter may no longer change it (this part held before).
    expect((await desk.api('reporterOwn', 'PATCH', `/statements/${id}`, { headline: '审后偷改' })).status).toBe(403)
    const published = await desk.api('editor', 'PATCH', `/statements/${id}?depth=0`, { stage: 'published' })
    expect(published.status, messageOf(published)).toBe(200)
    expect((await desk.api('anonymous', 'GET', `/statements/${id}`)).json.headline).toBe('没人审过的版本')
  })

  it('F01: should send a change after approval back to review, and record an editor\'s own change as a new approval', async () => {
    const id = await statementIn(desk, 'approved', '已审核的发言')
    const before = (await desk.api('editor', 'GET', `/statements/${id}?draft=true&depth=0`)).json
    // Server code without a user (a script, an integration) changes the approved text.
    await desk.payload.update({ collection: 'statements', id, data: { headline: '脚本改过的发言' } })
    const after = (await desk.api('editor', 'GET', `/statements/${id}?draft=true&depth=0`)).json
    expect(after.stage).toBe('in_review')

    const id2 = await statementIn(desk, 'approved', '编辑自己改的发言')
    const pinned = (await desk.api('editor', 'GET', `/statements/${id2}?draft=true&depth=0`)).json
    const edited = await desk.api('editor', 'PATCH', `/statements/${id2}?depth=0`, { headline: '编辑改过的发言', updatedAt: pinned.updatedAt })
    expect(edited.status, messageOf(edited)).toBe(200)
    expect(edited.json.doc.stage).toBe('approved')
    expect(edited.json.doc.approval.by).toBe(desk.idOf('editor'))
    expect(edited.json.doc.approval.hash).not.toBe(pinned.approval?.hash)
    const audit = await desk.api('editor', 'GET', `/audit?where[documentId][equals]=${id2}&where[collectionSlug][equals]=statements&sort=-createdAt&depth=0`)
    expect(audit.json.docs[0]).toMatchObject({ action: 'reapprove', user: desk.idOf('editor') })
    expect(before.approval?.hash).toMatch(/^[0-9a-f]{64}$/)
  })
})
