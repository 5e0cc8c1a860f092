#!/usr/bin/env node
// `npm test`: the whole suite (unit, integration, browser) in one vitest run, then the
// plain line `N passed, N failed`. Extra arguments go to vitest (e.g. a file filter).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { aptInstall } from './lib/aptInstall.mjs'
import { clientPackage, findPgTool } from './lib/pgTools.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

// Browser tests need Debian's Chromium (and CJK fonts); the backup test needs pg_dump and
// pg_restore of the embedded server's major version. Install what is missing rather than skip.
const missing = []
if (!fs.existsSync(chromium)) missing.push('chromium', 'fonts-noto-cjk')
if (!findPgTool('pg_dump') || !findPgTool('pg_restore')) missing.push(clientPackage())
aptInstall(missing)

// The load and fault suites have full-size runs of their own (npm run test:load, test:faults);
// the whole suite runs them shorter so CI keeps them honest without taking long.
const args = process.argv.slice(2)
const short = !args.some((arg) => arg === '--project' || arg.startsWith('--project='))
const suiteEnv = short ? { NEWSROOM_LOAD_SECONDS: '15', NEWSROOM_FAULT_ROUNDS: '3' } : {}
// The edge's suite (Varnish, Redis) is `npm run test:edge`, run by .ci/run after this one.
const projects = short ? ['--project=!edge'] : []

const report = path.join(root, 'test-results', 'vitest.json')
fs.mkdirSync(path.dirname(report), { recursive: true })
fs.rmSync(report, { force: true })
const vitest = spawnSync(
  path.join(root, 'node_modules/.bin/vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...projects, ...args],
  { cwd: root, stdio: 'inherit', env: { ...suiteEnv, ...process.env, CHROMIUM_PATH: chromium } },
)
let passed = 0
let failed = 0
if (fs.existsSync(report)) {
  const results = JSON.parse(fs.readFileSync(report, 'utf8'))
  passed = results.numPassedTests
  // A file that failed with no failing test in it (an error in a hook or at import) counts once.
  const brokenFiles = (results.testResults ?? []).filter(
    (file) => file.status === 'failed' && !file.assertionResults?.some((test) => test.status === 'failed'),
  ).length
  failed = results.numFailedTests + brokenFiles
}
// An error outside any test (a failed global setup, a crashed worker) still fails the run.
if (vitest.status !== 0 && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed`)
process.exit(vitest.status === 0 && failed === 0 && passed > 0 ? 0 : 1)
