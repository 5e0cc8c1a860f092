// One embedded Postgres per test run (or the server in DATABASE_URL), shared by every project
// that lists this setup; in it one database built by the real migrations, which each test file
// copies (a file copy, not a migration run per file); and one production build of the app that
// HTTP and browser tests start with `next start`.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { freePort, startPostgres } from '../../scripts/lib/postgres.mjs'
import { createDatabase } from '../support/testDatabase'
import { ensureTestBuild, migrateDatabase } from './ensureTestBuild'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL of the maintenance database; test files create their own databases beside it. */
    pgAdminUrl: string
    /** A migrated database that no one connects to: test files copy it (CREATE DATABASE … TEMPLATE). */
    pgTemplate: string
    /** The Next.js build folder for `next start` in tests. */
    nextDistDir: string
  }
}

type Shared = { adminUrl: string; template: string; nextDistDir: string; users: number; stop: () => Promise<void> }

// The int, load and faults projects each run this setup in the one main vitest process: the
// first starts Postgres, migrates and builds; the others share it; the last teardown stops it.
const SHARED = Symbol.for('newsroom.testSetup')
const holder = globalThis as { [SHARED]?: Promise<Shared> }

async function start(): Promise<Shared> {
  let stopPostgres = async () => {}
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
    stopPostgres = async () => {
      await pg.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
  try {
    const template = await createDatabase(adminUrl, 'template')
    await migrateDatabase(template.url)
    const nextDistDir = await ensureTestBuild(adminUrl, template.name)
    return {
      adminUrl,
      template: template.name,
      nextDistDir,
      users: 0,
      stop: async () => {
        await template.drop()
        await stopPostgres()
      },
    }
  } catch (error) {
    await stopPostgres()
    throw error
  }
}

export default async function setup(project: TestProject) {
  holder[SHARED] ??= start()
  const shared = await holder[SHARED].catch((error: unknown) => {
    delete holder[SHARED] // a later project tries again rather than inherit the failure
    throw error
  })
  shared.users += 1
  project.provide('pgAdminUrl', shared.adminUrl)
  project.provide('pgTemplate', shared.template)
  project.provide('nextDistDir', shared.nextDistDir)
  return async () => {
    shared.users -= 1
    if (shared.users > 0) return
    delete holder[SHARED]
    await shared.stop()
  }
}
