import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort, startPostgres } from '../../scripts/lib/postgres.mjs'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'

type Cluster = Awaited<ReturnType<typeof startPostgres>>

// Postgres restarted under a running server: requests fail while it is down and the server
// serves again by itself once it is back, with nobody restarting the app.
describe('Postgres restarted under a running server', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-restart-pg-'))
  let port: number
  let cluster: Cluster
  let env: TestPayload
  let server: TestServer

  const start = () => startPostgres({ dataDir: path.join(dir, 'data'), port, logFile: path.join(dir, 'pg.log'), fast: true })

  beforeAll(async () => {
    fs.chmodSync(dir, 0o755)
    port = await freePort()
    cluster = await start()
    env = await getTestPayload({ adminUrl: cluster.url('postgres') })
    const editor = await env.payload.create({
      collection: 'users',
      data: { name: '编辑', email: 'editor@example.com', password: 'a long enough password', roles: ['editor'] },
    })
    await env.payload.create({
      collection: 'articles',
      data: { title: '重启之后仍可读', stage: 'published' },
      user: { ...editor, collection: 'users' },
      overrideAccess: false,
    })
    server = await startServer({ databaseUrl: env.databaseUrl })
  })
  afterAll(async () => {
    await server?.stop()
    await env?.cleanup().catch(() => {})
    await cluster?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const articles = () => fetch(`${server.url}/api/articles`).then(async (r) => ({ status: r.status, body: await r.text() }))

  it('should fail while the database is down and recover on its own when it is back', async () => {
    expect((await articles()).body).toContain('重启之后仍可读')
    await cluster.stop()
    expect((await articles()).status).toBeGreaterThanOrEqual(500)
    cluster = await start()
    const deadline = Date.now() + 30_000
    let last = await articles()
    while (Date.now() < deadline && last.status !== 200) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      last = await articles()
    }
    expect(last.status).toBe(200)
    expect(last.body).toContain('重启之后仍可读')
  })
})
