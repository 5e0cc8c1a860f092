#!/usr/bin/env node
// Backup and restore of the newsroom's database (and local media), with pg_dump / pg_restore.
// Runs under scripts/with-db.mjs, so DATABASE_URL is the embedded server or the operator's.
//
//   npm run db:backup [-- --out DIR]        a backup folder: database.dump, media/, manifest.json
//   npm run db:restore -- DIR [--replace]   restore it; refuses a non-empty database without --replace
//   npm run db:backup:check                 backup, restore into a fresh database, compare row counts
//
// The row counts in manifest.json are taken in the very snapshot pg_dump dumps (an exported
// snapshot held open during the dump), so they match the dump exactly even while editors work.
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import pg from 'pg'

import { findPgTool, majorVersion, missingToolMessage } from './lib/pgTools.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const mediaDir = path.resolve(root, process.env.NEWSROOM_MEDIA_DIR ?? path.join('.data', 'media'))

class BackupError extends Error {}

const connect = async (url) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return client
}

/** The server's major version, e.g. 15. */
async function serverMajor(client) {
  const { rows } = await client.query('SHOW server_version_num')
  return Math.floor(Number(rows[0].server_version_num) / 10000)
}

function tool(name, major) {
  const binary = findPgTool(name, major)
  if (!binary) throw new BackupError(missingToolMessage(name, major))
  return binary
}

/**
 * Runs pg_dump / pg_restore against `databaseUrl`. The password goes in the environment, not
 * on the command line, where anyone on the machine could read it (ps).
 */
function run(binary, args, databaseUrl) {
  const url = new URL(databaseUrl)
  const password = decodeURIComponent(url.password)
  url.password = ''
  const env = password ? { ...process.env, PGPASSWORD: password } : process.env
  const result = spawnSync(binary, [`--dbname=${url}`, ...args], { encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'], env })
  if (result.status !== 0) {
    throw new BackupError(`${path.basename(binary)} 失败 (failed, exit ${result.status}):\n${result.stderr?.trim() ?? ''}`)
  }
}

/** Exact row counts of every table in the public schema, as this client's transaction sees them. */
async function rowCounts(client) {
  const { rows } = await client.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )
  const counts = {}
  for (const { table_name: table } of rows) {
    const result = await client.query(`SELECT count(*)::bigint AS n FROM "public"."${table.replaceAll('"', '""')}"`)
    counts[table] = Number(result.rows[0].n)
  }
  return counts
}

const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')

/** Writes a backup folder into `outDir` (which must be empty or new) and returns its manifest. */
async function backup(databaseUrl, outDir) {
  const client = await connect(databaseUrl)
  try {
    const major = await serverMajor(client)
    const pgDump = tool('pg_dump', major)
    fs.mkdirSync(outDir, { recursive: true })
    if (fs.readdirSync(outDir).length > 0) throw new BackupError(`备份目录不是空的 (the backup folder is not empty): ${outDir}`)

    // One snapshot for the counts and the dump: the transaction stays open until pg_dump ends.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const { rows } = await client.query('SELECT pg_export_snapshot() AS snapshot')
    const counts = await rowCounts(client)
    const dumpFile = path.join(outDir, 'database.dump')
    run(pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${rows[0].snapshot}`, `--file=${dumpFile}`], databaseUrl)
    await client.query('COMMIT')

    let mediaFiles = 0
    if (fs.existsSync(mediaDir)) {
      fs.cpSync(mediaDir, path.join(outDir, 'media'), { recursive: true })
      mediaFiles = fs.readdirSync(path.join(outDir, 'media'), { recursive: true }).length
    }
    const manifest = {
      createdAt: new Date().toISOString(),
      serverMajor: major,
      pgDumpMajor: majorVersion(pgDump),
      dump: { file: 'database.dump', bytes: fs.statSync(dumpFile).size, sha256: await sha256(dumpFile) },
      mediaFiles,
      rowCounts: counts,
    }
    fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    return manifest
  } finally {
    await client.end()
  }
}

/** The file's sha256, read as a stream (a dump can be larger than memory). */
async function sha256(file) {
  const hash = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk)
  return hash.digest('hex')
}

async function readManifest(dir) {
  const file = path.join(dir, 'manifest.json')
  if (!fs.existsSync(file)) throw new BackupError(`${dir} 不是备份目录：缺少 manifest.json (not a backup folder: manifest.json is missing)`)
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'))
  if ((await sha256(path.join(dir, manifest.dump.file))) !== manifest.dump.sha256) {
    throw new BackupError(`备份文件已损坏：校验和不符 (the dump's checksum does not match its manifest): ${dir}`)
  }
  return manifest
}

/** Restores a backup folder into databaseUrl in one transaction, then compares the row counts. */
async function restore(databaseUrl, dir, { replace = false, restoreMedia = true } = {}) {
  const manifest = await readManifest(dir)
  const client = await connect(databaseUrl)
  try {
    const major = await serverMajor(client)
    const pgRestore = tool('pg_restore', Math.max(major, manifest.pgDumpMajor))
    const existing = await rowCounts(client)
    if (Object.keys(existing).length > 0) {
      if (!replace) {
        throw new BackupError(
          `目标数据库已有 ${Object.keys(existing).length} 张表，未做任何改动。要用备份替换它，请加 --replace（会先清空该数据库）。` +
            ' (the target database is not empty and was left untouched: add --replace to empty it first)',
        )
      }
    }
    // The current data is set aside, not dropped, until the restore has succeeded.
    const setAside = replace && Object.keys(existing).length > 0 ? `public_before_restore_${stamp().replace('-', '_')}` : null
    if (setAside) await client.query(`ALTER SCHEMA public RENAME TO "${setAside}"; CREATE SCHEMA public`)
    try {
      // --single-transaction: a restore that fails part way leaves nothing behind.
      run(pgRestore, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', path.join(dir, manifest.dump.file)], databaseUrl)
    } catch (error) {
      if (setAside) await client.query(`DROP SCHEMA public CASCADE; ALTER SCHEMA "${setAside}" RENAME TO public`)
      throw error
    }
    if (setAside) await client.query(`DROP SCHEMA "${setAside}" CASCADE`)
    const restored = await rowCounts(client)
    const mismatches = compareCounts(manifest.rowCounts, restored)
    if (restoreMedia && fs.existsSync(path.join(dir, 'media'))) fs.cpSync(path.join(dir, 'media'), mediaDir, { recursive: true })
    return { manifest, restored, mismatches }
  } finally {
    await client.end()
  }
}

function compareCounts(expected, actual) {
  const tables = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort()
  return tables.filter((table) => expected[table] !== actual[table]).map((table) => ({ table, expected: expected[table], actual: actual[table] }))
}

function printCounts(counts, mismatches) {
  const wrong = new Map(mismatches.map((m) => [m.table, m]))
  const width = Math.max(...Object.keys(counts).map((t) => t.length), 5)
  for (const [table, n] of Object.entries(counts)) {
    const m = wrong.get(table)
    console.log(`  ${table.padEnd(width)}  ${String(n).padStart(7)}${m ? `  ✖ 恢复后 restored ${m.actual ?? '缺失 missing'}` : ''}`)
  }
}

/** Backup, restore into a brand-new database beside the current one, compare, drop it. */
async function check(databaseUrl) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-backup-check-'))
  const scratch = `newsroom_restore_check_${crypto.randomBytes(4).toString('hex')}`
  const admin = await connect(databaseUrl)
  const scratchUrl = new URL(databaseUrl)
  scratchUrl.pathname = `/${scratch}`
  try {
    const started = Date.now()
    const manifest = await backup(databaseUrl, path.join(dir, 'backup'))
    const backedUp = Date.now()
    await admin.query(`CREATE DATABASE "${scratch}"`)
    const { restored, mismatches } = await restore(scratchUrl.toString(), path.join(dir, 'backup'), { restoreMedia: false })
    const total = (counts) => Object.values(counts).reduce((a, b) => a + b, 0)
    console.log(
      `备份 backup ${backedUp - started} ms (${(manifest.dump.bytes / 1024).toFixed(0)} KiB), ` +
        `恢复到新数据库 restore into a fresh database ${Date.now() - backedUp} ms: ` +
        `${Object.keys(restored).length} 张表 tables, ${total(restored)} 行 rows (备份时 at backup ${total(manifest.rowCounts)})`,
    )
    printCounts(manifest.rowCounts, mismatches)
    return mismatches
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`).catch(() => {})
    await admin.end()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function main() {
  const [command, ...rest] = process.argv.slice(2)
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new BackupError('没有 DATABASE_URL：请通过 npm run db:backup 等命令运行 (run it through the npm scripts)')
  const flag = (name) => rest.includes(name)
  const option = (name) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined)

  if (command === 'backup') {
    const out = path.resolve(option('--out') ?? path.join(root, 'backups', stamp()))
    const manifest = await backup(databaseUrl, out)
    console.log(`✔ 备份完成 (backup written): ${out}`)
    printCounts(manifest.rowCounts, [])
    return 0
  }
  if (command === 'restore') {
    const dir = rest.find((arg) => !arg.startsWith('--'))
    if (!dir) throw new BackupError('请指明备份目录：npm run db:restore -- backups/<时间> (name the backup folder)')
    const { restored, mismatches } = await restore(databaseUrl, path.resolve(dir), { replace: flag('--replace') })
    printCounts(restored, mismatches)
    if (mismatches.length) {
      console.error(`✖ 恢复后的行数与备份不符 (row counts differ from the backup): ${mismatches.map((m) => m.table).join(', ')}`)
      return 1
    }
    console.log(`✔ 已恢复 (restored) ${dir}: 行数与备份一致 (row counts match the backup)`)
    return 0
  }
  if (command === 'check') {
    const mismatches = await check(databaseUrl)
    if (mismatches.length) {
      console.error(`✖ 恢复后的行数与备份不符 (row counts differ): ${mismatches.map((m) => m.table).join(', ')}`)
      return 1
    }
    console.log('✔ 备份可恢复：新数据库中每张表的行数都与备份一致 (the backup restores: every table has its row count)')
    return 0
  }
  throw new BackupError('用法 usage: backup.mjs backup [--out DIR] | restore DIR [--replace] | check')
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`\n✖ ${error instanceof BackupError ? error.message : error.stack}\n`)
    process.exit(1)
  },
)
