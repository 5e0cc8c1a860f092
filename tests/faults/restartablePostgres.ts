// An embedded Postgres of a test file's own, which the test may stop and start again under a
// running server (same port, same data), as tests/int/pgRestart.int.spec.ts does by hand.
// The run's shared Postgres (globalSetup) is never stopped: other test files use it.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, startPostgres } from '../../scripts/lib/postgres.mjs'

export type RestartablePostgres = {
  /** The maintenance database's URL (for getTestPayload's `adminUrl`). */
  adminUrl: string
  /** Fast shutdown: sessions end, transactions in flight roll back. */
  stop: () => Promise<void>
  /** Starts it again on the same port and data; resolves once it accepts connections. */
  start: () => Promise<void>
  /** Stops it and deletes its data. */
  dispose: () => Promise<void>
}

export async function startRestartablePostgres(): Promise<RestartablePostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-restart-pg-'))
  fs.chmodSync(dir, 0o755) // the unprivileged cluster owner must reach its data dir
  const port = await freePort()
  const launch = () => startPostgres({ dataDir: path.join(dir, 'data'), port, logFile: path.join(dir, 'pg.log'), fast: true })
  let cluster: Awaited<ReturnType<typeof startPostgres>> | null = await launch()
  const adminUrl = cluster.url('postgres')
  return {
    adminUrl,
    stop: async () => {
      await cluster?.stop()
      cluster = null
    },
    start: async () => {
      if (!cluster) cluster = await launch()
    },
    dispose: async () => {
      await cluster?.stop()
      cluster = null
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
