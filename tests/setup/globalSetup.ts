// One embedded Postgres per test run (or the server in DATABASE_URL), and one production
// build of the app that HTTP and browser tests start with `next start`.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { freePort, startPostgres } from '../../scripts/lib/postgres.mjs'
import { ensureTestBuild } from './ensureTestBuild'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL of the maintenance database; test files create their own databases beside it. */
    pgAdminUrl: string
    /** The Next.js build folder for `next start` in tests. */
    nextDistDir: string
  }
}

export default async function setup(project: TestProject) {
  let stop = async () => {}
  let adminUrl = process.env.DATABASE_URL
  if (!adminUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-pg-'))
    fs.chmodSync(dir, 0o755) // the unprivileged cluster owner must reach its data dir
    const pg = await startPostgres({
      dataDir: path.join(dir, 'data'),
      port: await freePort(),
      logFile: path.join(dir, 'postgres.log'),
      fast: true,
    })
    adminUrl = pg.url('postgres')
    stop = async () => {
      await pg.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
  project.provide('pgAdminUrl', adminUrl)
  try {
    project.provide('nextDistDir', await ensureTestBuild(adminUrl))
  } catch (error) {
    await stop()
    throw error
  }
  return stop
}
