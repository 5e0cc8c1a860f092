import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { call, messageOf } from '../support/http'
import { createStaff, restToken } from '../helpers/staff'

// The production server works the jobs queue itself: a scheduled article goes live on time
// with nobody running anything by hand.
describe('scheduled publishing in the running server', () => {
  let env: TestPayload
  let server: TestServer

  beforeAll(async () => {
    env = await getTestPayload()
    server = await startServer({
      databaseUrl: env.databaseUrl,
      env: { NEWSROOM_RUN_JOBS: '1', NEWSROOM_JOBS_CRON: '*/2 * * * * *' },
    })
  })
  afterAll(async () => {
    await server?.stop()
    await env?.cleanup()
  })

  it('should publish an approved article when its time comes', async () => {
    const { payload } = env
    const editor = await createStaff(payload, 'editor')
    const as = { user: editor, overrideAccess: false }
    const article = await payload.create({ collection: 'articles', data: { title: '明早六点发布' }, ...as })
    await payload.update({ collection: 'articles', id: article.id, data: { stage: 'in_review' }, ...as })
    await payload.update({ collection: 'articles', id: article.id, data: { stage: 'approved' }, ...as })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: article.id }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date(Date.now() + 3_000),
    })
    await fetch(`${server.url}/api/users/me`) // the first request starts the server's runner

    const publicURL = `${server.url}/api/articles/${article.id}`
    expect((await fetch(publicURL)).status).toBe(404)
    const deadline = Date.now() + 30_000
    let status = 404
    while (Date.now() < deadline && status !== 200) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      status = (await fetch(publicURL)).status
    }
    expect(status).toBe(200)
    expect(await payload.findByID({ collection: 'articles', id: article.id })).toMatchObject({ stage: 'published', _status: 'published' })
  })

  // The workflow panel's schedule: an editor lists a piece's pending publishes, moves one and
  // cancels another; what was cancelled never runs, what was moved runs at its new time.
  it('should list, move and cancel a scheduled publish, for editors only', async () => {
    const { payload } = env
    const editor = await createStaff(payload, 'editor', 'schedule-editor')
    const reporter = await createStaff(payload, 'reporter', 'schedule-reporter')
    const as = { user: editor, overrideAccess: false }
    const approved = async (title: string) => {
      const article = await payload.create({ collection: 'articles', data: { title }, ...as })
      await payload.update({ collection: 'articles', id: article.id, data: { stage: 'in_review' }, ...as })
      await payload.update({ collection: 'articles', id: article.id, data: { stage: 'approved' }, ...as })
      return article.id
    }
    const moved = await approved('改到稍后发布')
    const cancelled = await approved('取消预约的稿件')
    const token = await restToken(server.url, 'schedule-editor@example.com')
    const later = new Date(Date.now() + 3600_000).toISOString()
    // Two editors' requests in the same few seconds: both jobs fall due together, below.
    const soon = new Date(Date.now() + 6_000).toISOString()

    const reporterToken = await restToken(server.url, 'schedule-reporter@example.com')
    const refused = await call(server, `/api/articles/${cancelled}/schedules`, { method: 'POST', token: reporterToken, body: { at: later } })
    expect(refused.status).toBe(403)
    expect(messageOf(refused)).toContain('只有编辑')
    expect((await call(server, `/api/articles/${cancelled}/schedules`, { token: reporterToken })).status).toBe(403)
    expect(reporter.roles).toEqual(['reporter'])

    const first = await call(server, `/api/articles/${moved}/schedules`, { method: 'POST', token, body: { at: later, zone: 'Asia/Shanghai' } })
    expect(first.status).toBe(201)
    const [job] = first.json!.docs as { id: number; at: string; zone: string }[]
    expect(job).toMatchObject({ at: later, zone: 'Asia/Shanghai' })
    const movedAnswer = await call(server, `/api/articles/${moved}/schedules/${job!.id}`, { method: 'PATCH', token, body: { at: soon } })
    expect(movedAnswer.status).toBe(200)
    expect((movedAnswer.json!.docs as { at: string }[]).map((row) => row.at)).toEqual([soon])

    await call(server, `/api/articles/${cancelled}/schedules`, { method: 'POST', token, body: { at: soon } })
    const listed = await call(server, `/api/articles/${cancelled}/schedules`, { token })
    const [pending] = listed.json!.docs as { id: number; at: string }[]
    expect(pending!.at).toBe(soon)
    // Another piece's job is not this piece's to cancel.
    expect((await call(server, `/api/articles/${moved}/schedules/${pending!.id}`, { method: 'DELETE', token })).status).toBe(404)
    const afterCancel = await call(server, `/api/articles/${cancelled}/schedules/${pending!.id}`, { method: 'DELETE', token })
    expect(afterCancel.status).toBe(200)
    expect(afterCancel.json!.docs).toEqual([])

    // Past the time, the queue runs (here and in the server): the moved job publishes, the cancelled one never does.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(soon) - Date.now()) + 500))
    await payload.jobs.run({ limit: 50 })
    const deadline = Date.now() + 30_000
    while (Date.now() < deadline && (await payload.findByID({ collection: 'articles', id: moved }))._status !== 'published') {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(await payload.findByID({ collection: 'articles', id: moved })).toMatchObject({ stage: 'published', _status: 'published' })
    expect(await payload.findByID({ collection: 'articles', id: cancelled, draft: true })).toMatchObject({ stage: 'approved', _status: 'draft' })
    expect((await call(server, `/api/articles/${cancelled}`)).status).toBe(404)
    const job2 = await payload.findByID({ collection: 'payload-jobs', id: pending!.id })
    expect(job2).toMatchObject({ hasError: true, error: { cancelled: true } })
    expect(job2.completedAt ?? null).toBeNull()
  })
})
