import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'

describe('the real Next.js server', () => {
  let env: TestPayload
  let server: TestServer

  beforeAll(async () => {
    env = await getTestPayload()
    server = await startServer({ databaseUrl: env.databaseUrl })
  })
  afterAll(async () => {
    await server?.stop()
    await env?.cleanup()
  })

  it('should serve the admin in Chinese to a browser that asks for nothing else', async () => {
    const response = await fetch(`${server.url}/admin`, { redirect: 'follow' })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toMatch(/<html[^>]*lang="zh"/)
  })

  it('should answer /api/users/me with no user when not logged in', async () => {
    const response = await fetch(`${server.url}/api/users/me`)
    expect(response.status).toBe(200)
    expect((await response.json()).user).toBeNull()
  })

  it('should serve the site home page in Chinese', async () => {
    const response = await fetch(`${server.url}/`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<html lang="zh-CN">')
    expect(html).toContain('新闻编辑部')
  })

  it('should send security headers, and a content security policy on the site', async () => {
    const site = await fetch(`${server.url}/`)
    expect(site.headers.get('content-security-policy')).toContain("object-src 'none'")
    expect(site.headers.get('content-security-policy')).not.toContain('unsafe-eval') // development only
    expect(site.headers.get('x-content-type-options')).toBe('nosniff')
    const api = await fetch(`${server.url}/api/users/me`)
    expect(api.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  })

  it('should log a user in over REST and know them afterwards', async () => {
    await env.payload.create({
      collection: 'users',
      data: { name: '管理员', email: 'boss@example.com', password: 'a long enough password', roles: ['admin'] },
    })
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'boss@example.com', password: 'a long enough password' }),
    })
    expect(login.status).toBe(200)
    const { token } = await login.json()
    const me = await fetch(`${server.url}/api/users/me`, { headers: { authorization: `JWT ${token}` } })
    expect((await me.json()).user.email).toBe('boss@example.com')
  })
})
