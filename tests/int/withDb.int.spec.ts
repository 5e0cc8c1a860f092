import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../../scripts/lib/postgres.mjs'

const root = path.resolve(import.meta.dirname, '../..')
let dataDir: string

/** Postgres processes whose command line names our data directory. */
function postgresProcesses(): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8')
        const state = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0]
        return cmd.includes(dataDir) && cmd.includes('postgres') && state !== 'Z'
      } catch {
        return false
      }
    })
    .map(Number)
}

async function eventually(check: () => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  return check()
}

type Run = { code: number | null; signal: string | null; stdout: string; stderr: string }

function withDb(args: string[], env: Record<string, string | undefined> = {}) {
  const child = spawn(process.execPath, [path.join(root, 'scripts/with-db.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: undefined, NEWSROOM_DATA_DIR: dataDir, ...env },
    detached: true,
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const done = new Promise<Run>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  )
  const output = () => stdout
  return { child, done, output }
}

const print = (expression: string) => ['--', process.execPath, '-e', expression]

describe('scripts/with-db.mjs', () => {
  let port: number
  beforeAll(async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-withdb-'))
    fs.chmodSync(parent, 0o755)
    dataDir = path.join(parent, 'data')
    port = await freePort()
  })
  afterAll(() => fs.rmSync(path.dirname(dataDir), { recursive: true, force: true }))

  it('should start Postgres, hand the command a working DATABASE_URL and stop Postgres afterwards', async () => {
    const run = withDb(
      print(
        `const pg = require('pg'); const c = new pg.Client(process.env.DATABASE_URL);` +
          `c.connect().then(() => c.query('select current_database() as db')).then(r => { console.log('DB=' + r.rows[0].db); return c.end() })`,
      ),
      { NEWSROOM_PG_PORT: String(port) },
    )
    const result = await run.done
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('DB=newsroom')
    expect(postgresProcesses()).toEqual([])
  })

  it.each(['SIGINT', 'SIGTERM'] as const)('should leave no postgres process behind on %s', async (signal) => {
    const run = withDb(print(`console.log('READY'); setInterval(() => {}, 1000)`), { NEWSROOM_PG_PORT: String(port) })
    expect(await eventually(() => run.output().includes('READY'))).toBe(true)
    expect(postgresProcesses().length).toBeGreaterThan(0)
    // Ctrl-C reaches the whole foreground process group; SIGTERM comes to the wrapper alone.
    if (signal === 'SIGINT') process.kill(-run.child.pid!, signal)
    else run.child.kill(signal)
    const result = await run.done
    expect(result.code).toBe(signal === 'SIGINT' ? 130 : 143)
    expect(postgresProcesses()).toEqual([])
  })

  it('should take Postgres down with it when killed outright, and start cleanly next time', async () => {
    const run = withDb(print(`console.log('READY'); setInterval(() => {}, 1000)`), { NEWSROOM_PG_PORT: String(port) })
    expect(await eventually(() => run.output().includes('READY'))).toBe(true)
    process.kill(-run.child.pid!, 'SIGKILL')
    await run.done
    expect(await eventually(() => postgresProcesses().length === 0)).toBe(true)

    const again = await withDb(print(`console.log('AGAIN')`), { NEWSROOM_PG_PORT: String(port) }).done
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('AGAIN')
  })

  it('should recover a stale lock file left by a crashed server', async () => {
    fs.writeFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), '999999\n')
    const result = await withDb(print(`console.log('RECOVERED')`), { NEWSROOM_PG_PORT: String(port) }).done
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('RECOVERED')
  })

  it('should say clearly what to do when the port is taken', async () => {
    const busy = net.createServer()
    await new Promise<void>((resolve) => busy.listen(port, '127.0.0.1', resolve))
    try {
      const result = await withDb(print(`console.log('SHOULD NOT RUN')`), { NEWSROOM_PG_PORT: String(port) }).done
      expect(result.code).toBe(1)
      expect(result.stdout).not.toContain('SHOULD NOT RUN')
      expect(result.stderr).toContain(`端口 ${port} 已被占用`)
      expect(result.stderr).toContain('NEWSROOM_PG_PORT')
      expect(result.stderr).not.toMatch(/\n\s+at /) // no stack trace
    } finally {
      busy.close()
    }
    expect(postgresProcesses()).toEqual([])
  })

  it('should use the server in DATABASE_URL as is and start none of its own', async () => {
    const url = 'postgres://someone@db.invalid:5432/paper'
    const result = await withDb(print(`console.log('URL=' + process.env.DATABASE_URL)`), { DATABASE_URL: url }).done
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`URL=${url}`)
    expect(result.stdout).not.toContain('内置数据库')
    expect(postgresProcesses()).toEqual([])
  })

  it('should refuse to start in production without PAYLOAD_SECRET', async () => {
    const result = await withDb(['--production', ...print(`console.log('STARTED')`)], {
      PAYLOAD_SECRET: undefined,
      DATABASE_URL: 'postgres://someone@db.invalid:5432/paper',
    }).done
    expect(result.code).toBe(1)
    expect(result.stdout).not.toContain('STARTED')
    expect(result.stderr).toContain('PAYLOAD_SECRET')
  })
})
