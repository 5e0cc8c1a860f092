import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createStaff, restToken } from '../helpers/staff'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { call, messageOf } from './http'

const HAN = /[\u4e00-\u9fff]/

// Finding 17: bad input to a custom handler answered 500 (a malformed id reached the database).
describe('f17: custom handlers answer bad input with a clear 4xx, never a 500', () => {
  let env: TestPayload
  let server: TestServer
  let reporter: string

  beforeAll(async () => {
    env = await getTestPayload()
    await createStaff(env.payload, 'admin', 'chief')
    await createStaff(env.payload, 'reporter', 'zhang')
    server = await startServer({ databaseUrl: env.databaseUrl })
    reporter = await restToken(server.url, 'zhang@example.com')
  })
  afterAll(async () => {
    await server?.stop()
    await env?.cleanup()
  })

  const BAD = [
    ['a word for the id', '/api/imports/abc/resplit', 400],
    ['a word for the id', '/api/imports/abc/commit', 400],
    ['a fraction', '/api/imports/1.5/resplit', 400],
    ['a number too large for the column', '/api/imports/99999999999999999999/resplit', 400],
    ['a number too large for the column', '/api/imports/99999999999999999999/commit', 400],
    ['a number past the integer column', '/api/imports/3000000000/resplit', 400],
    ['an import that does not exist', '/api/imports/424242/resplit', 404],
    ['an import that does not exist', '/api/imports/424242/commit', 404],
  ] as const

  it.each(BAD)('should answer POST with %s (%s) with %i and a Chinese message', async (_label, path, status) => {
    const answer = await call(server, path, { method: 'POST', token: reporter })
    expect(answer.status, answer.text.slice(0, 300)).toBe(status)
    expect(messageOf(answer)).toMatch(HAN)
    expect(answer.text).not.toMatch(/\bat .*\.(js|ts):\d+|stack/i)
  })

  it('should answer a body that is not JSON with 400, not 500', async () => {
    const answer = await call(server, '/api/imports', { method: 'POST', token: reporter, body: '{"rawText": ' })
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
  })

  it.each(['/api/statements/abc', '/api/articles/abc', '/api/imports/abc'])('should answer GET %s with 4xx, not 500', async (path) => {
    const answer = await call(server, path, { token: reporter })
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
  })

  it.each(['/ninjs/statements/abc', '/statements/abc', '/ninjs/statements/99999999999999999999', '/statements/99999999999999999999', '/statements/3000000000', '/ninjs/statements/3000000000'])(
    'should answer the site route %s with 404, not 500',
    async (path) => {
      expect((await call(server, path)).status).toBe(404)
    },
  )
})
