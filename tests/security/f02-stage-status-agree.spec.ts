import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Desk, messageOf, openDesk, statementIn } from './desk'

const agree = (doc: { stage?: string; _status?: string }) => ['published', 'retracted'].includes(doc.stage ?? '') === (doc._status === 'published')

// Finding 2: an editor's save-draft (`PATCH ?draft=true {}`) or `PATCH {_status: "draft"}` on a
// published statement left `stage: published` with `_status: draft`; the second also took it off
// the site while the stage still said published.
describe('F02 stage and _status never disagree', () => {
  let desk: Desk
  beforeAll(async () => {
    desk = await openDesk()
  })
  afterAll(() => desk?.close())

  const staffView = async (id: number) => (await desk.api('editor', 'GET', `/statements/${id}?draft=true&depth=0`)).json

  it('F02: should keep stage and _status in agreement after a save-draft on a published statement', async () => {
    const id = await statementIn(desk, 'published', '已发布的发言')
    const saved = await desk.api('editor', 'PATCH', `/statements/${id}?draft=true`, {})
    expect(saved.status < 500, messageOf(saved)).toBe(true)
    const newest = await staffView(id)
    expect(agree(newest), `stage ${newest.stage}, _status ${newest._status}`).toBe(true)
    expect((await desk.api('anonymous', 'GET', `/statements/${id}`)).status).toBe(200)

    // A plain save over that pending draft changes no publication state.
    const corrected = await desk.api('editor', 'PATCH', `/statements/${id}?depth=0`, { headline: '更正后的小标题' })
    expect(corrected.status, messageOf(corrected)).toBe(200)
    const publicView = await desk.api('anonymous', 'GET', `/statements/${id}`)
    expect(publicView.status).toBe(200)
    expect(publicView.json.headline).toBe('更正后的小标题')
    expect(agree(await staffView(id))).toBe(true)
  })

  it('F02: should turn `_status: draft` on a published statement into the unpublish move, or refuse it', async () => {
    const id = await statementIn(desk, 'published', '将被撤下的发言')
    const answer = await desk.api('editor', 'PATCH', `/statements/${id}?depth=0`, { _status: 'draft' })
    const doc = await staffView(id)
    expect(agree(doc), `stage ${doc.stage}, _status ${doc._status}`).toBe(true)
    const onSite = (await desk.api('anonymous', 'GET', `/statements/${id}`)).status === 200
    if (answer.status === 200) {
      expect(onSite).toBe(false)
      const audit = await desk.api('editor', 'GET', `/audit?where[documentId][equals]=${id}&where[collectionSlug][equals]=statements&sort=-createdAt&depth=0`)
      expect(audit.json.docs[0]).toMatchObject({ action: 'unpublish', fromStage: 'published' })
    } else {
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
      expect(onSite).toBe(true)
    }
  })
})
