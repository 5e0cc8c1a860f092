import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Desk, messageOf, openDesk } from './desk'

// Finding 6: a reporter could delete a committed import: the provenance of published text was
// gone, and nothing was audited.
describe('F06 committed imports are never deleted', () => {
  let desk: Desk
  beforeAll(async () => {
    desk = await openDesk()
  })
  afterAll(() => desk?.close())

  let counter = 0
  const paste = async () => {
    const tag = '甲乙丙丁'[counter++]
    const rawText = `# 导入来源${tag}\n\n某县委书记 张来源${tag}\n\n要抓好落实。\n\n（记者 李来源）`
    const created = await desk.api('reporterOwn', 'POST', '/imports', { rawText })
    expect(created.status, messageOf(created)).toBe(201)
    return created.json.doc.id as number
  }

  it('F06: should refuse deleting a committed import, to everyone, and let an admin archive it (audited)', async () => {
    const id = await paste()
    expect((await desk.api('reporterOwn', 'POST', `/imports/${id}/commit`)).status).toBe(200)
    for (const actor of ['reporterOwn', 'editor', 'admin'] as const) {
      const deleted = await desk.api(actor, 'DELETE', `/imports/${id}`)
      expect(deleted.status, `${actor}: ${messageOf(deleted)}`).toBeGreaterThanOrEqual(400)
      expect(deleted.status).toBeLessThan(500)
    }
    expect((await desk.payload.findByID({ collection: 'imports', id, depth: 0 })).status).toBe('committed')

    await desk.api('editor', 'PATCH', `/imports/${id}`, { status: 'archived' })
    expect((await desk.payload.findByID({ collection: 'imports', id, depth: 0 })).status).toBe('committed')
    const archived = await desk.api('admin', 'PATCH', `/imports/${id}`, { status: 'archived' })
    expect(archived.status, messageOf(archived)).toBe(200)
    expect((await desk.payload.findByID({ collection: 'imports', id, depth: 0 })).status).toBe('archived')
    const audit = await desk.api('editor', 'GET', `/audit?where[collectionSlug][equals]=imports&where[documentId][equals]=${id}&depth=0`)
    expect(audit.json.docs.map((row: { action: string }) => row.action)).toContain('archive')
  })

  it('F06: should let the owner delete an uncommitted import, audited', async () => {
    const id = await paste()
    const deleted = await desk.api('reporterOwn', 'DELETE', `/imports/${id}`)
    expect(deleted.status, messageOf(deleted)).toBe(200)
    const audit = await desk.api('editor', 'GET', `/audit?where[collectionSlug][equals]=imports&where[documentId][equals]=${id}&depth=0`)
    expect(audit.json.docs.map((row: { action: string }) => row.action)).toEqual(['delete'])
  })
})
