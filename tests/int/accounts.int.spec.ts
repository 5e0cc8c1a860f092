import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, type TestPayload } from '../helpers/testPayload'

describe('account security', () => {
  let env: TestPayload
  beforeAll(async () => {
    env = await getTestPayload()
  })
  afterAll(() => env?.cleanup())

  it.each(['short1', 'aaaaaaaaaaaa', '1234567890'])('should refuse the weak password %s with a Chinese reason', async (password) => {
    const attempt = env.payload.create({
      collection: 'users',
      data: { name: '弱密码', email: `weak${password.length}${password[0]}@example.com`, password, roles: ['reporter'] },
    })
    const error = await attempt.catch((e: unknown) => e)
    expect(JSON.stringify((error as { data?: unknown }).data)).toContain('密码至少 10 位')
  })

  it('should lock an account after ten failed logins, saying no more than for a wrong password (SECURITY.md)', async () => {
    await env.payload.create({
      collection: 'users',
      data: { name: '记者', email: 'locked@example.com', password: 'the right password', roles: ['reporter'] },
    })
    const wrong = await env.payload.login({ collection: 'users', data: { email: 'locked@example.com', password: 'wrong password' } }).catch((e: Error) => e)
    for (let i = 1; i < 10; i++) {
      await env.payload.login({ collection: 'users', data: { email: 'locked@example.com', password: 'wrong password' } }).catch(() => null)
    }
    const locked = await env.payload.login({ collection: 'users', data: { email: 'locked@example.com', password: 'the right password' } }).catch((e: Error) => e)
    expect(locked).toBeInstanceOf(Error)
    expect((locked as Error).message).toBe((wrong as Error).message)
  })
})
