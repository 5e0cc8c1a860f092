import { createLocalReq } from 'payload'
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createStaff } from '../helpers/staff'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'

// Finding 18 (found while building the desk's own schedule list): Payload's admin server function
// `schedule-publish` checks only that the caller may use the admin, then deletes the job named by
// `deleteID` with the Local API's full access. Any reporter could cancel an editor's scheduled
// publish by its id. The handler is called here as the admin's server function calls it.
describe('f18: Payload’s schedule-publish server function cannot cancel an editor’s schedule', () => {
  let env: TestPayload
  let jobId: number | string
  let reporter: Awaited<ReturnType<typeof createStaff>>
  let articleId: number

  beforeAll(async () => {
    env = await getTestPayload()
    const editor = await createStaff(env.payload, 'editor')
    reporter = await createStaff(env.payload, 'reporter')
    const article = await env.payload.create({ collection: 'articles', data: { title: '明早发布的稿件' }, user: editor, overrideAccess: false })
    articleId = article.id
    const job = await env.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: article.id }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date(Date.now() + 24 * 3600_000),
    })
    jobId = job.id
  })
  afterAll(async () => {
    await env?.cleanup()
  })

  it('should keep the job when a reporter sends its id as deleteID', async () => {
    const req = await createLocalReq({ user: { ...reporter, collection: 'users' } }, env.payload)
    await schedulePublishHandler({
      type: 'publish',
      date: new Date(Date.now() + 3600_000),
      deleteID: jobId,
      doc: { relationTo: 'articles', value: articleId },
      req,
    } as never) // cast: the handler's argument type is internal to @payloadcms/ui
    const job = await env.payload.findByID({ collection: 'payload-jobs', id: jobId, disableErrors: true })
    expect(job, 'the editor’s scheduled publish was deleted by a reporter').not.toBeNull()
  })
})
