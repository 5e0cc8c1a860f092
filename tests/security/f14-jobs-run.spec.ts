import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createStaff, restToken } from '../helpers/staff'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { call } from './http'

const CRON_SECRET = 'cron-secret-for-the-test-0123456789'

// Finding 14: any logged-in member of staff could run the job queue (the publish queue).
describe('f14: the job runner is for admins and the cron secret only', () => {
  let env: TestPayload
  let server: TestServer
  const tokens: Record<string, string> = {}

  beforeAll(async () => {
    env = await getTestPayload()
    for (const role of ['admin', 'editor', 'reporter'] as const) await createStaff(env.payload, role)
    server = await startServer({ databaseUrl: env.databaseUrl, env: { CRON_SECRET } })
    for (const role of ['admin', 'editor', 'reporter']) tokens[role] = await restToken(server.url, `${role}@example.com`)
  })
  afterAll(async () => {
    await server?.stop()
    await env?.cleanup()
  })

  const run = (headers: Record<string, string> = {}) => call(server, '/api/payload-jobs/run', { headers })

  it.each(['reporter', 'editor'])('should refuse GET /api/payload-jobs/run to a %s', async (role) => {
    const answer = await run({ authorization: `JWT ${tokens[role]}` })
    expect(answer.status).toBe(401)
  })

  it('should refuse it anonymously and with a wrong secret', async () => {
    expect((await run()).status).toBe(401)
    expect((await run({ authorization: 'Bearer not-the-secret' })).status).toBe(401)
    expect((await run({ authorization: 'Bearer ' })).status).toBe(401)
  })

  it('should run it for an admin', async () => {
    expect((await run({ authorization: `JWT ${tokens.admin}` })).status).toBe(200)
  })

  it('should run it for the cron with Authorization: Bearer CRON_SECRET', async () => {
    expect((await run({ authorization: `Bearer ${CRON_SECRET}` })).status).toBe(200)
  })
})
