import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createStaff, restToken } from '../helpers/staff'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { call, graphql } from './http'

const NOTE = 'EDITORNOTE_3c1a'

// Finding 9: reporters read every comment (editors' notes on other reporters' drafts) and
// every user's email address.
describe('f09: comments follow their document; emails are for admins', () => {
  let env: TestPayload
  let server: TestServer
  const tokens: Record<string, string> = {}

  beforeAll(async () => {
    env = await getTestPayload()
    await createStaff(env.payload, 'admin', 'chief')
    const editor = await createStaff(env.payload, 'editor', 'editor')
    const li = await createStaff(env.payload, 'reporter', 'li')
    await createStaff(env.payload, 'reporter', 'zhang')
    const draft = await env.payload.create({ collection: 'statements', data: { headline: '李的草稿' }, user: li, overrideAccess: false })
    await env.payload.create({
      collection: 'comments',
      data: { doc: { relationTo: 'statements', value: draft.id }, body: `请核实数字 ${NOTE}` },
      user: editor,
      overrideAccess: false,
    })
    server = await startServer({ databaseUrl: env.databaseUrl })
    for (const name of ['chief', 'editor', 'zhang', 'li']) tokens[name] = await restToken(server.url, `${name}@example.com`)
  })
  afterAll(async () => {
    await server?.stop()
    await env?.cleanup()
  })

  it('should hide an editor’s note on li’s draft from another reporter, on REST and GraphQL', async () => {
    const rest = await call(server, '/api/comments?depth=0', { token: tokens.zhang })
    expect(rest.status).toBe(200)
    expect(rest.text).not.toContain(NOTE)
    const gql = await graphql(server, '{ Comments { docs { body } } }', tokens.zhang)
    expect(gql.text).not.toContain(NOTE)
  })

  it('should show the note to li (who may read the draft) and to the editor', async () => {
    expect((await call(server, '/api/comments?depth=0', { token: tokens.li })).text).toContain(NOTE)
    expect((await call(server, '/api/comments?depth=0', { token: tokens.editor })).text).toContain(NOTE)
  })

  it.each(['zhang', 'editor'])('should show %s other staff’s names and roles but not their emails', async (who) => {
    const rest = await call(server, '/api/users?limit=50&depth=0', { token: tokens[who] })
    expect(rest.status).toBe(200)
    const docs = rest.json!.docs as { name: string; email?: string; roles: string[] }[]
    expect(docs.map((d) => d.name).sort()).toEqual(['chief', 'editor', 'li', 'zhang'])
    expect(docs.every((d) => d.roles.length > 0)).toBe(true)
    const others = docs.filter((d) => d.name !== who)
    expect(others.map((d) => d.email).filter(Boolean)).toEqual([])
    expect(rest.text).not.toMatch(/(chief|li)@example\.com/)
    const gql = await graphql(server, '{ Users { docs { name email } } }', tokens[who])
    expect(gql.text).not.toMatch(/(chief|li)@example\.com/)
    // The comment's author, populated, names the editor without an address either.
    const comments = await call(server, '/api/comments?depth=1', { token: tokens.li })
    expect(comments.text).toContain('"name":"editor"')
    expect(comments.text).not.toContain('editor@example.com')
  })

  it('should not let a reporter find an email by filtering or sorting on it', async () => {
    const probe = await call(server, '/api/users?where[email][like]=chief', { token: tokens.zhang })
    expect(probe.text).not.toContain('"name":"chief"')
  })

  it('should show emails to the admin', async () => {
    const rest = await call(server, '/api/users?limit=50&depth=0', { token: tokens.chief })
    expect(rest.text).toContain('li@example.com')
    expect(rest.text).toContain('zhang@example.com')
  })
})
