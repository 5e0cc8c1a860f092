#!/usr/bin/env node
// `npm test`: the whole suite (unit, integration, browser) in one vitest run, then the
// plain line `N passed, N failed`. Extra arguments go to vitest (e.g. a file filter).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

// Browser tests need Debian's Chromium; install it when missing rather than skip them.
if (!fs.existsSync(chromium)) {
  if (process.getuid?.() !== 0) {
    console.error(`✖ 浏览器测试需要 Chromium：请运行 sudo apt-get install -y chromium (browser tests need ${chromium})`)
    process.exit(1)
  }
  console.log('• 安装 Chromium (installing Debian chromium for browser tests) ...')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (result.status !== 0) {
      console.error(`✖ apt-get ${args.join(' ')} 失败 (failed)`)
      process.exit(1)
    }
  }
}

const report = path.join(root, 'test-results', 'vitest.json')
fs.mkdirSync(path.dirname(report), { recursive: true })
fs.rmSync(report, { force: true })
const vitest = spawnSync(
  path.join(root, 'node_modules/.bin/vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } },
)
let passed = 0
let failed = 0
if (fs.existsSync(report)) {
  const results = JSON.parse(fs.readFileSync(report, 'utf8'))
  passed = results.numPassedTests
  failed = results.numFailedTests + (results.numFailedTestSuites ?? 0)
}
// An error outside any test (a failed global setup, a crashed worker) still fails the run.
if (vitest.status !== 0 && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed`)
process.exit(vitest.status === 0 && failed === 0 && passed > 0 ? 0 : 1)
