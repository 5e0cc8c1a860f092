import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createStaff, restToken } from '../helpers/staff'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { call, messageOf } from './http'

const PASTE = '# 代表热议乡村振兴\n\n某县委书记 张三\n\n要把产业发展落到实处。\n\n（记者 林晓）'

// Finding 11: re-pasting text another user had imported answered with that import's id.
describe('f11: a duplicate paste tells the reporter nothing about an import they may not read', () => {
  let env: TestPayload
  let server: TestServer
  const tokens: Record<string, string> = {}
  let firstId: number

  beforeAll(async () => {
    env = await getTestPayload()
    await createStaff(env.payload, 'admin', 'chief')
    await createStaff(env.payload, 'editor', 'editor')
    await createStaff(env.payload, 'reporter', 'zhang')
    await createStaff(env.payload, 'reporter', 'li')
    server = await startServer({ databaseUrl: env.databaseUrl })
    for (const name of ['editor', 'zhang', 'li']) tokens[name] = await restToken(server.url, `${name}@example.com`)
    const first = await call(server, '/api/imports', { method: 'POST', token: tokens.zhang, body: { rawText: PASTE } })
    expect(first.status, first.text.slice(0, 300)).toBe(201)
    firstId = (first.json!.doc as { id: number }).id
  })
  afterAll(async () => {
    await server?.stop()
    await env?.cleanup()
  })

  const repaste = (who: string) => call(server, '/api/imports', { method: 'POST', token: tokens[who], body: { rawText: PASTE } })

  it('should refuse another reporter’s re-paste with a neutral Chinese message and no id', async () => {
    const answer = await repaste('li')
    expect(answer.status).toBe(409)
    expect(messageOf(answer)).toMatch(/已经导入过/)
    expect(answer.text).not.toContain(`#${firstId}`)
    expect(answer.text).not.toMatch(new RegExp(`"existingId"\\s*:\\s*${firstId}\\b`))
    expect(answer.text).not.toMatch(new RegExp(`imports/${firstId}\\b`))
  })

  it('should refuse it over GraphQL without the id as well', async () => {
    const mutation = `mutation { createImport(data: { rawText: ${JSON.stringify(PASTE)} }) { id } }`
    const answer = await call(server, '/api/graphql', { method: 'POST', token: tokens.li, body: { query: mutation } })
    expect(answer.text).toMatch(/已经导入过/)
    expect(answer.text).not.toContain(`#${firstId}`)
    expect(answer.text).not.toMatch(new RegExp(`"existingId"\\s*:\\s*${firstId}\\b`))
  })

  it('should point the reporter who made the first import at it', async () => {
    const answer = await repaste('zhang')
    expect(answer.status).toBe(409)
    expect(answer.text).toContain(`#${firstId}`)
  })

  it('should point an editor at the first import', async () => {
    const answer = await repaste('editor')
    expect(answer.status).toBe(409)
    expect(answer.text).toContain(`#${firstId}`)
    expect(answer.text).toMatch(new RegExp(`"existingId"\\s*:\\s*${firstId}\\b`))
  })
})
