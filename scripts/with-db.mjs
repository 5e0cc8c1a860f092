#!/usr/bin/env node
// Runs a command with a database: every npm script goes through here.
//
//   node scripts/with-db.mjs [--production] [--migrate] [--seed] [-- command args...]
//
// With DATABASE_URL set, that server is used as is. Without it, an embedded Postgres is
// started (data in .data/postgres, port 54329 or NEWSROOM_PG_PORT), the database `newsroom`
// is created, and the server is stopped again when the command ends, on Ctrl-C and on SIGTERM.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { PostgresStartError, startPostgres } from './lib/postgres.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// NEWSROOM_DATA_DIR moves the local state (Postgres cluster, dev secret) elsewhere, e.g. for tests.
const dataDir = path.resolve(process.env.NEWSROOM_DATA_DIR || path.join(root, '.data'))

function parseArgs(argv) {
  const split = argv.indexOf('--')
  const flags = new Set(split === -1 ? argv : argv.slice(0, split))
  const command = split === -1 ? [] : argv.slice(split + 1)
  for (const flag of flags) {
    if (!['--production', '--migrate', '--seed'].includes(flag)) {
      console.error(`with-db: 未知参数 ${flag} (unknown flag). 用法 usage: with-db.mjs [--production] [--migrate] [--seed] [-- command]`)
      process.exit(2)
    }
  }
  return { production: flags.has('--production'), migrate: flags.has('--migrate'), seed: flags.has('--seed'), command }
}

const fail = (message) => {
  console.error(`\n✖ ${message}\n`)
  process.exit(1)
}

/** Development gets a generated secret kept in .data/; production must bring its own. */
function ensureSecret(production) {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  if (production) {
    fail(
      '生产环境必须设置 PAYLOAD_SECRET（至少 32 个随机字符），例如 PAYLOAD_SECRET=$(openssl rand -hex 32) npm start。' +
        ' (PAYLOAD_SECRET is required in production: set it to a long random string)',
    )
  }
  const file = path.join(dataDir, 'payload-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}

/** Runs a child to completion, forwarding our termination signals to it. */
function runChild(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env })
    const forward = (signal) => () => child.kill(signal)
    const handlers = ['SIGINT', 'SIGTERM', 'SIGHUP'].map((signal) => [signal, forward(signal)])
    for (const [signal, handler] of handlers) process.on(signal, handler)
    child.on('error', (error) => {
      console.error(`with-db: 无法运行 ${command} (cannot run it): ${error.message}`)
      resolve(127)
    })
    child.on('exit', (code, signal) => {
      for (const [name, handler] of handlers) process.off(name, handler)
      resolve(code ?? (signal === 'SIGINT' ? 130 : 143))
    })
  })
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const env = { ...process.env, PAYLOAD_SECRET: ensureSecret(options.production) }
  // Project binaries (next, tsx, ...) resolve as they do under npm run.
  env.PATH = [path.join(root, 'node_modules', '.bin'), process.env.PATH].filter(Boolean).join(path.delimiter)
  if (options.production) env.NODE_ENV = 'production'

  let postgres = null
  // Stop the embedded server however we end; a second signal while stopping is ignored.
  const stopPostgres = () => postgres?.stop()
  if (!env.DATABASE_URL) {
    const port = Number(process.env.NEWSROOM_PG_PORT || 54329)
    fs.mkdirSync(dataDir, { recursive: true })
    try {
      postgres = await startPostgres({ dataDir: path.join(dataDir, 'postgres'), port, logFile: path.join(dataDir, 'postgres.log') })
      await postgres.createDatabase('newsroom')
    } catch (error) {
      await stopPostgres()
      if (error instanceof PostgresStartError) fail(error.message)
      throw error
    }
    env.DATABASE_URL = postgres.url('newsroom')
    console.log(`• 内置数据库已启动 (embedded Postgres): 127.0.0.1:${port}, 数据 data in ${path.relative(root, path.join(dataDir, 'postgres')) || '.'}`)
  }

  // Signals that arrive before or between children still stop Postgres cleanly.
  let interrupted = 0
  const onSignal = (signal) => {
    interrupted = signal === 'SIGINT' ? 130 : 143
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal)

  let code = 0
  const tasks = [options.migrate && 'migrate', options.seed && 'seed'].filter(Boolean)
  if (tasks.length) code = await runChild(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'tasks.ts'), ...tasks], env)
  if (code === 0 && !interrupted && options.command.length) {
    const [command, ...args] = options.command
    code = await runChild(command, args, env)
  }
  await stopPostgres()
  process.exit(interrupted || code)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
