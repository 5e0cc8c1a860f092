import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createDatabase } from '../support/testDatabase'
import { TEST_SECRET } from '../support/testPayload'

const root = path.resolve(import.meta.dirname, '../..')
export const TEST_DIST_DIR = '.next-test'
const INPUTS = ['app', 'src', 'collections', 'migrations', 'payload.config.ts', 'next.config.ts', 'package-lock.json', 'tsconfig.json']

function hashInputs(): string {
  const hash = crypto.createHash('sha256')
  const visit = (entry: string) => {
    const full = path.join(root, entry)
    if (!fs.existsSync(full)) return
    if (fs.statSync(full).isDirectory()) {
      for (const child of fs.readdirSync(full).sort()) visit(path.join(entry, child))
    } else {
      hash.update(entry).update(fs.readFileSync(full))
    }
  }
  INPUTS.forEach(visit)
  return hash.digest('hex')
}

/**
 * A production build for HTTP and browser tests, in its own folder so it never
 * disturbs `npm run dev`. Rebuilt only when the app's sources changed.
 */
export async function ensureTestBuild(adminUrl: string, template: string): Promise<string> {
  const stamp = path.join(root, TEST_DIST_DIR, 'newsroom-build-hash')
  const hash = hashInputs()
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) return TEST_DIST_DIR
  // Two test runs in one checkout build one after the other (Next refuses concurrent builds).
  const release = await acquireLock(path.join(root, `${TEST_DIST_DIR}.lock`))
  try {
    if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hashInputs()) return TEST_DIST_DIR
    await build(adminUrl, template, stamp)
  } finally {
    release()
  }
  return TEST_DIST_DIR
}

async function acquireLock(dir: string): Promise<() => void> {
  const deadline = Date.now() + 15 * 60_000
  for (;;) {
    try {
      fs.mkdirSync(dir)
      return () => fs.rmSync(dir, { recursive: true, force: true })
    } catch {
      const age = Date.now() - (fs.statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > 10 * 60_000 || Date.now() > deadline) fs.rmSync(dir, { recursive: true, force: true })
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
}

const buildEnv = (databaseUrl: string) => ({
  ...process.env,
  DATABASE_URL: databaseUrl,
  PAYLOAD_SECRET: TEST_SECRET,
  NEWSROOM_NEXT_DIST_DIR: TEST_DIST_DIR,
  NEWSROOM_SKIP_BUILD_TYPECHECK: '1', // `npm run typecheck` does that, once
  NEXT_TELEMETRY_DISABLED: '1',
})

// What a bare exit code means, for the ones Node itself uses (https://nodejs.org/api/process.html#exit-codes).
const EXIT_CAUSES: Record<number, string> = {
  1: 'an uncaught exception (see the output above)',
  13: "Node's unsettled top-level await: the script's event loop emptied while a top-level await still waited (a promise that never settled, e.g. a module that imports itself in a cycle, or a hung connection)",
}

/**
 * Runs one step; a failure throws with the step, its exit code and what that code means, and all
 * its output. Exit 13 is retried once, with the first attempt's output logged: it has only been
 * seen on a machine loaded far past its cores, and a second run of the same step succeeded.
 */
function step(command: string, args: string[], env: NodeJS.ProcessEnv, { retryUnsettled = true } = {}): void {
  const started = Date.now()
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const name = `${path.basename(command)} ${args.at(-1)}`
  if (result.status === 13 && retryUnsettled) {
    console.warn(`[test build] ${name} exit 13 (${EXIT_CAUSES[13]}); once more. Its output:\n${result.stdout}\n${result.stderr}`)
    return step(command, args, env, { retryUnsettled: false })
  }
  if (result.status !== 0) {
    const cause = result.error?.message ?? (result.signal ? `killed by ${result.signal}` : (EXIT_CAUSES[result.status ?? -1] ?? 'see the output'))
    throw new Error(`test build step failed: ${name} (exit ${result.status}): ${cause}\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`)
  }
  console.log(`[test build] ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/** Applies the migrations in migrations/ to a database, as `npm run migrate` does. */
export async function migrateDatabase(databaseUrl: string): Promise<void> {
  step(process.execPath, ['--import', 'tsx', 'scripts/tasks.ts', 'migrate'], buildEnv(databaseUrl))
}

async function build(adminUrl: string, template: string, stamp: string): Promise<void> {
  const hash = hashInputs()
  // `next build` renders pages against a migrated database: a copy of the test template.
  const database = await createDatabase(adminUrl, 'build', { template })
  try {
    step(path.join(root, 'node_modules/.bin/next'), ['build'], buildEnv(database.url))
  } finally {
    await database.drop()
  }
  fs.writeFileSync(stamp, hash)
}
