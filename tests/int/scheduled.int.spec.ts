import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { createStaff } from '../helpers/staff'

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
})
