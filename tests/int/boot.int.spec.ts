import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { query } from '../helpers/testDatabase'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'

describe('Payload on a fresh database built by migrations', () => {
  let env: TestPayload
  let payload: Payload

  beforeAll(async () => {
    env = await getTestPayload()
    payload = env.payload
  })
  afterAll(() => env?.cleanup())

  it('should record every migration in migrations/ as applied, not pushed', async () => {
    const rows = await query<{ name: string; batch: number }>(env.databaseUrl, 'SELECT name, batch FROM payload_migrations')
    const names = rows.map((row) => row.name)
    expect(names).toContain('20261125_054852_initial')
    // Push marks itself with batch -1; a migrated database never has that row.
    expect(rows.every((row) => row.batch > 0)).toBe(true)
  })

  it('should make the first registered user an admin whatever roles they asked for', async () => {
    const first = await payload.create({
      collection: 'users',
      data: { name: '首位用户', email: 'first@example.com', password: 'correct horse battery', roles: ['reporter'] },
    })
    expect(first.roles).toEqual(['admin'])
    const second = await payload.create({
      collection: 'users',
      data: { name: '记者', email: 'second@example.com', password: 'correct horse battery', roles: ['reporter'] },
    })
    expect(second.roles).toEqual(['reporter'])
  })

  it('should not let a reporter give themself the admin role', async () => {
    const reporter = await payload.create({
      collection: 'users',
      data: { name: '新记者', email: 'climber@example.com', password: 'correct horse battery', roles: ['reporter'] },
    })
    const updated = await payload.update({
      collection: 'users',
      id: reporter.id,
      data: { roles: ['admin'] },
      user: reporter,
      overrideAccess: false,
    })
    expect(updated.roles).toEqual(['reporter'])
  })

  // Staff see each other's names and roles (the lock notice names the holder), emails only their own.
  it('should show a reporter the other staff accounts without their emails, and the public none', async () => {
    const reporter = (await payload.find({ collection: 'users', where: { email: { equals: 'second@example.com' } } })).docs[0]!
    const seen = await payload.find({ collection: 'users', user: reporter, overrideAccess: false, sort: 'name' })
    expect(seen.docs.map((user) => user.name).sort()).toEqual(['新记者', '记者', '首位用户'].sort())
    expect(seen.docs.map((user) => user.email).filter(Boolean)).toEqual(['second@example.com'])
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
  })
})
