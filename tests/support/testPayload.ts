import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { inject } from 'vitest'

import { createDatabase } from './testDatabase'

export const TEST_SECRET = 'newsroom-test-secret-0123456789abcdef'
export const TEST_MEDIA_DIR = path.join(os.tmpdir(), 'newsroom-test-media')

export type TestPayload = {
  payload: Payload
  databaseUrl: string
  /** Closes Payload's pool and drops the database. */
  cleanup: () => Promise<void>
}

/**
 * The Payload Local API on a fresh database of its own, built by the real migrations (never
 * push): a copy of the global setup's migrated template, or on another server (`adminUrl`)
 * migrated here. One per test file: call in beforeAll, cleanup in afterAll.
 */
export async function getTestPayload({ adminUrl }: { adminUrl?: string } = {}): Promise<TestPayload> {
  const database = adminUrl ? await createDatabase(adminUrl) : await createDatabase(inject('pgAdminUrl'), 't', { template: inject('pgTemplate') })
  process.env.DATABASE_URL = database.url
  process.env.PAYLOAD_SECRET = TEST_SECRET
  process.env.NEWSROOM_MEDIA_DIR = TEST_MEDIA_DIR
  // Tests run the jobs queue themselves (payload.jobs.run) so that timing is theirs.
  process.env.NEWSROOM_RUN_JOBS = '0'
  const [{ getPayload }, { default: config }, { migrations }] = await Promise.all([
    import('payload'),
    import('../../payload.config'),
    import('../../migrations'),
  ])
  const payload = await getPayload({ config })
  // Idle connections ended by the server (a dropped database, a restarted Postgres) must not
  // crash the test process; the pool reconnects on the next query.
  const pool = (payload.db as unknown as { pool?: { on: (event: 'error', listener: () => void) => void } }).pool
  pool?.on('error', () => {})
  // The migrations in migrations/ (through their index, which vitest can load), as `npm run migrate`
  // runs them: on a copy of the template, a check that finds every one applied.
  await payload.db.migrate({ migrations: migrations as Parameters<typeof payload.db.migrate>[0] extends { migrations?: infer M } ? M : never })
  return {
    payload,
    databaseUrl: database.url,
    cleanup: async () => {
      // The adapter's destroy() leaves its pool open, and ending it can wait forever on a
      // client Payload keeps: the forced drop ends those connections (quietly, see above).
      await payload.destroy()
      await database.drop()
    },
  }
}
