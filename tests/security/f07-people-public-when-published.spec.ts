import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Desk, messageOf, openDesk } from './desk'

// Finding 7: names and titles created by an import commit were public at once through
// `/api/delegates` and `/api/reporters`, before anything was reviewed.
describe('F07 people created by an import stay staff-only until published', () => {
  let desk: Desk
  beforeAll(async () => {
    desk = await openDesk()
  })
  afterAll(() => desk?.close())

  it('F07: should hide an imported speaker and byline from the public until their statement is published', async () => {
    const rawText = '# 未审稿件\n\n某县委书记 隐名甲\n\n要抓好落实。\n\n（记者 隐名乙）'
    const created = await desk.api('reporterOwn', 'POST', '/imports', { rawText })
    expect(created.status, messageOf(created)).toBe(201)
    const committed = await desk.api('reporterOwn', 'POST', `/imports/${created.json.doc.id}/commit`)
    expect(committed.status, messageOf(committed)).toBe(200)

    const delegate = (await desk.api('editor', 'GET', '/delegates?where[name][equals]=隐名甲&depth=0')).json.docs[0]
    const reporter = (await desk.api('editor', 'GET', '/reporters?where[name][equals]=隐名乙&depth=0')).json.docs[0]
    expect(delegate?.slug && reporter?.slug).toBeTruthy()

    const hidden = async () => ({
      list: (await desk.api('anonymous', 'GET', '/delegates?depth=0')).text.includes('隐名甲'),
      reporters: (await desk.api('anonymous', 'GET', '/reporters?depth=0')).text.includes('隐名乙'),
      byId: (await desk.api('anonymous', 'GET', `/delegates/${delegate.id}`)).status,
      reporterById: (await desk.api('anonymous', 'GET', `/reporters/${reporter.id}`)).status,
      graphql: JSON.stringify(await desk.graphql('anonymous', '{ Delegates { docs { name } } Reporters { docs { name } } }')).includes('隐名'),
      person: (await desk.page('anonymous', `/people/${delegate.slug}`)).status,
      byline: (await desk.page('anonymous', `/reporters/${reporter.slug}`)).status,
    })
    expect(await hidden()).toEqual({ list: false, reporters: false, byId: 404, reporterById: 404, graphql: false, person: 404, byline: 404 })
    // The reporter who imported them (staff) sees them.
    expect((await desk.api('reporterOwn', 'GET', `/delegates/${delegate.id}`)).status).toBe(200)

    const article = committed.json.article as number
    const statements = (await desk.api('editor', 'GET', `/statements?where[article][equals]=${article}&depth=0&draft=true`)).json.docs
    for (const s of statements) expect((await desk.api('editor', 'PATCH', `/statements/${s.id}`, { stage: 'approved' })).status).toBe(200)
    expect((await desk.api('editor', 'PATCH', `/articles/${article}`, { stage: 'approved' })).status).toBe(200)
    const published = await desk.api('editor', 'PATCH', `/articles/${article}`, { stage: 'published' })
    expect(published.status, messageOf(published)).toBe(200)

    expect((await desk.api('anonymous', 'GET', `/delegates/${delegate.id}`)).status).toBe(200)
    expect((await desk.api('anonymous', 'GET', `/reporters/${reporter.id}`)).status).toBe(200)
    expect((await desk.page('anonymous', `/people/${delegate.slug}`)).status).toBe(200)
  })
})
