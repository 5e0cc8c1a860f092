import { createRequire } from 'node:module'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createStaff, PASSWORD } from '../helpers/staff'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { call } from './http'

// Node's own crypto module object, the one Payload's pbkdf2 calls go through.
const crypto = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')

let lastIp = 0
/** A fresh client address (the proxy's X-Forwarded-For), so each case has its own per-IP count. */
const freshIp = () => `198.51.100.${++lastIp}`

// Finding 13: five wrong passwords locked any account (the admin's too) for ten minutes, the
// "locked" message and the response time told which accounts exist, and there was no per-IP limit.
describe('f13: login throttling a stranger cannot turn against the desk', () => {
  let env: TestPayload
  let server: TestServer

  beforeAll(async () => {
    env = await getTestPayload()
    await createStaff(env.payload, 'admin', 'chief')
    for (const name of ['victim', 'other', 'ipuser', 'unlockme', 'w1', 'w2', 'w3', 'w4', 'w5']) await createStaff(env.payload, 'reporter', name)
    server = await startServer({ databaseUrl: env.databaseUrl })
  })
  afterAll(async () => {
    await server?.stop()
    await env?.cleanup()
  })

  const login = async (email: string, password: string, { ip = freshIp(), cookie }: { ip?: string; cookie?: string } = {}) => {
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ email, password }),
    })
    const text = await response.text()
    const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
    return { status: response.status, text, cookies }
  }
  /** A stranger's attack: many wrong passwords for one address, from one client, in parallel. */
  const attack = (email: string, times = 12, ip = freshIp()) => Promise.all(Array.from({ length: times }, () => login(email, 'wrong password 123', { ip })))
  const shape = (answer: { status: number; text: string }) => ({ status: answer.status, body: answer.text })

  it('should answer an unknown user, a wrong password and a locked account alike', async () => {
    await attack('victim@example.com')
    const unknown = await login('nobody@example.com', 'wrong password 123')
    const wrong = await login('other@example.com', 'wrong password 123')
    const locked = await login('victim@example.com', PASSWORD)
    expect(locked.status).toBe(401)
    expect(shape(unknown)).toEqual(shape(wrong))
    expect(shape(locked)).toEqual(shape(wrong))
    expect(wrong.text).not.toMatch(/lock|锁定/i)
  })

  it('should let the admin in from a browser the admin used before, even while strangers hammer the account', async () => {
    const earlier = await login('chief@example.com', PASSWORD)
    expect(earlier.status).toBe(200)
    await attack('chief@example.com')
    expect((await login('chief@example.com', PASSWORD)).status).toBe(401) // an unknown browser: refused
    const known = await login('chief@example.com', PASSWORD, { cookie: earlier.cookies })
    expect(known.status, known.text).toBe(200)
    // That success lifts the lock everywhere.
    expect((await login('chief@example.com', PASSWORD)).status).toBe(200)
  })

  it('should lift the lock when an admin unlocks the account', async () => {
    await attack('unlockme@example.com')
    expect((await login('unlockme@example.com', PASSWORD)).status).toBe(401)
    const admin = await login('chief@example.com', PASSWORD)
    const token = (JSON.parse(admin.text) as { token: string }).token
    const unlock = await call(server, '/api/users/unlock', { method: 'POST', token, body: { email: 'unlockme@example.com' } })
    expect(unlock.status, unlock.text).toBe(200)
    expect((await login('unlockme@example.com', PASSWORD)).status).toBe(200)
  })

  it('should throttle one client address across many accounts without locking out others', async () => {
    const ip = freshIp()
    // 40 wrong guesses spread over 40 addresses (no single account reaches its limit).
    await Promise.all(Array.from({ length: 40 }, (_, i) => login(`guess${i}@example.com`, 'wrong password 123', { ip })))
    const fromAttacker = await login('ipuser@example.com', PASSWORD, { ip })
    expect(fromAttacker.status).toBe(401)
    expect((await login('ipuser@example.com', PASSWORD)).status).toBe(200)
  })

  it('should compute a password hash for unknown users and locked accounts too (the same work as a wrong password)', async () => {
    const pbkdf2 = vi.spyOn(crypto, 'pbkdf2')
    try {
      const hashesFor = async (email: string, password: string) => {
        pbkdf2.mockClear()
        await env.payload.login({ collection: 'users', data: { email, password } }).catch(() => null)
        return pbkdf2.mock.calls.length
      }
      expect(await hashesFor('w1@example.com', 'wrong password 123')).toBe(1)
      expect(await hashesFor('nobody-at-all@example.com', 'wrong password 123')).toBe(1)
      expect(await hashesFor('victim@example.com', PASSWORD)).toBe(1) // locked since the first test
    } finally {
      pbkdf2.mockRestore()
    }
  })
})
