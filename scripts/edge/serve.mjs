#!/usr/bin/env node
// `npm run serve:edge`: the production server behind Varnish, from the project's files on a
// fresh machine. Installs Debian's varnish + varnish-modules (and redis-server with --redis)
// when missing, builds the app when there is no build, starts the app (`npm start`'s
// command: embedded Postgres unless DATABASE_URL, migrations, `next start`) on
// NEWSROOM_APP_PORT (3000) and Varnish on NEWSROOM_EDGE_PORT (8080), purging on publish.
// Ctrl-C stops both (and Redis, and the embedded Postgres).
//
//   PAYLOAD_SECRET=$(openssl rand -hex 32) npm run serve:edge [-- --redis]
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { ensurePackages } from './packages.mjs'
import { startRedis } from './redis.mjs'
import { startVarnish } from './varnish.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const withRedis = process.argv.includes('--redis')
const appPort = Number(process.env.NEWSROOM_APP_PORT || 3000)
const edgePort = Number(process.env.NEWSROOM_EDGE_PORT || 8080)
const distDir = process.env.NEWSROOM_NEXT_DIST_DIR || '.next'

ensurePackages(withRedis ? ['varnish', 'redis'] : ['varnish'])
if (!process.env.PAYLOAD_SECRET) {
  console.error('✖ 生产环境必须设置 PAYLOAD_SECRET，例如 PAYLOAD_SECRET=$(openssl rand -hex 32) npm run serve:edge (PAYLOAD_SECRET is required)')
  process.exit(1)
}

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  // Canonical links and allowed origins name the address readers use: the edge's.
  NEWSROOM_SITE_URL: process.env.NEWSROOM_SITE_URL || `http://localhost:${edgePort}`,
  VARNISH_PURGE_URLS: process.env.VARNISH_PURGE_URLS || `http://127.0.0.1:${edgePort}`,
}
if (!fs.existsSync(path.join(root, distDir, 'BUILD_ID'))) {
  console.log('• 尚无生产构建，正在构建 (no production build yet: building) ...')
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const stops = []
let stopping = false
const stopAll = async (code) => {
  if (stopping) return
  stopping = true
  for (const stop of stops.reverse()) await stop().catch(() => {})
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stopAll(0))

if (withRedis) {
  const redis = await startRedis({ port: Number(process.env.NEWSROOM_REDIS_PORT || 6379) })
  stops.push(redis.stop)
  env.REDIS_URL = redis.url
  console.log(`• Redis: ${redis.url}`)
}

const edge = await startVarnish({ port: edgePort, backends: [{ host: '127.0.0.1', port: appPort }], log: (text) => process.stderr.write(text) })
stops.push(edge.stop)

// The app in its own process group: with-db stops the embedded Postgres when told to stop.
const app = spawn(process.execPath, [path.join(root, 'scripts/with-db.mjs'), '--production', '--migrate', '--', 'next', 'start', '-p', String(appPort), '-H', '127.0.0.1'], {
  cwd: root,
  env,
  stdio: 'inherit',
  detached: true,
})
const appExited = new Promise((resolve) => app.once('exit', resolve))
stops.push(async () => {
  if (app.exitCode !== null || app.signalCode !== null) return
  app.kill('SIGTERM')
  await appExited
})
app.once('exit', (code) => void stopAll(code ?? 1))

for (let i = 0; i < 600 && app.exitCode === null; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${appPort}/api/users/me`)).ok) break
  } catch {
    // not listening yet
  }
  await new Promise((resolve) => setTimeout(resolve, 500))
}
console.log(`\n• 网站已就绪 (ready): ${edge.url} → Varnish → http://127.0.0.1:${appPort}. 按 Ctrl-C 停止 (Ctrl-C stops both)\n`)
