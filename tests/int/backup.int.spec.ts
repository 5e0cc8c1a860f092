import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '../../scripts/seed/seedDemo'
import { query } from '../helpers/testDatabase'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'

const root = path.resolve(import.meta.dirname, '../..')

/** The backup script as `npm run db:*` runs it, against one database; media go to a temp folder. */
function backupScript(databaseUrl: string, mediaDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/backup.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: databaseUrl, NEWSROOM_MEDIA_DIR: mediaDir },
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

const statementCount = async (url: string) => Number((await query<{ n: string }>(url, 'SELECT count(*) AS n FROM statements'))[0]?.n)

const titles = async (url: string) =>
  (await query<{ title: string }>(url, 'SELECT title FROM articles ORDER BY title')).map((row) => row.title)

describe('backup and restore with pg_dump / pg_restore', () => {
  let env: TestPayload
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-backup-test-'))
  const mediaDir = path.join(work, 'media')
  const backupDir = path.join(work, 'backup')

  beforeAll(async () => {
    env = await getTestPayload()
    process.env.NEWSROOM_DATA_DIR = path.join(work, 'data')
    await seedDemo(env.payload)
    fs.mkdirSync(mediaDir, { recursive: true })
    fs.writeFileSync(path.join(mediaDir, 'photo.jpg'), 'jpeg bytes')
  })
  afterAll(async () => {
    delete process.env.NEWSROOM_DATA_DIR
    await env?.cleanup()
    fs.rmSync(work, { recursive: true, force: true })
  })

  it('should restore a backup into a fresh database with every table’s row count (npm run db:backup:check)', () => {
    const { status, output } = backupScript(env.databaseUrl, mediaDir, 'check')
    expect(output).toContain('✔ 备份可恢复')
    expect(status).toBe(0)
    // The demo content is in the counts: one published roundup of seven statements.
    expect(output).toMatch(/^\s+statements\s+7$/m)
    expect(output).toMatch(/^\s+audit\s+[1-9]\d*$/m)
  })

  it('should write a dump, the media and a manifest whose counts match the database', async () => {
    const { status, output } = backupScript(env.databaseUrl, mediaDir, 'backup', '--out', backupDir)
    expect(status, output).toBe(0)
    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'))
    expect(manifest.rowCounts.statements).toBe(await statementCount(env.databaseUrl))
    expect(manifest.serverMajor).toBe(manifest.pgDumpMajor)
    expect(fs.readFileSync(path.join(backupDir, 'media', 'photo.jpg'), 'utf8')).toBe('jpeg bytes')
  })

  it('should refuse to restore over a database with data unless told to replace it, and then bring back the backup', async () => {
    const before = await titles(env.databaseUrl)
    await query(env.databaseUrl, `UPDATE articles SET title = '备份之后改的标题'`)

    const refused = backupScript(env.databaseUrl, mediaDir, 'restore', backupDir)
    expect(refused.status).toBe(1)
    expect(refused.output).toContain('未做任何改动')
    expect(refused.output).toContain('--replace')
    expect(await titles(env.databaseUrl)).toEqual(['备份之后改的标题'])

    fs.rmSync(mediaDir, { recursive: true })
    const replaced = backupScript(env.databaseUrl, mediaDir, 'restore', backupDir, '--replace')
    expect(replaced.output).toContain('行数与备份一致')
    expect(replaced.status).toBe(0)
    expect(await titles(env.databaseUrl)).toEqual(before)
    expect(fs.existsSync(path.join(mediaDir, 'photo.jpg'))).toBe(true)
    // Nothing of the set-aside copy is left behind.
    const schemas = await query<{ nspname: string }>(env.databaseUrl, `SELECT nspname FROM pg_namespace WHERE nspname LIKE 'public_before_restore%'`)
    expect(schemas).toEqual([])
  })

  it('should refuse a damaged dump and leave the database as it was', async () => {
    await query(env.databaseUrl, `UPDATE articles SET title = '损坏备份不应覆盖'`)
    fs.appendFileSync(path.join(backupDir, 'database.dump'), 'garbage')
    const { status, output } = backupScript(env.databaseUrl, mediaDir, 'restore', backupDir, '--replace')
    expect(status).toBe(1)
    expect(output).toContain('备份文件已损坏')
    expect(await titles(env.databaseUrl)).toEqual(['损坏备份不应覆盖'])
  })

  it('should put the data back when pg_restore fails part way through a replace', async () => {
    // A truncated dump whose manifest agrees with it: the checksum passes, pg_restore fails.
    const dump = path.join(backupDir, 'database.dump')
    fs.writeFileSync(dump, fs.readFileSync(dump).subarray(0, 20_000))
    const manifestFile = path.join(backupDir, 'manifest.json')
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
    manifest.dump.sha256 = crypto.createHash('sha256').update(fs.readFileSync(dump)).digest('hex')
    fs.writeFileSync(manifestFile, JSON.stringify(manifest))

    const { status, output } = backupScript(env.databaseUrl, mediaDir, 'restore', backupDir, '--replace')
    expect(status, output).toBe(1)
    expect(output).toContain('pg_restore 失败')
    expect(await titles(env.databaseUrl)).toEqual(['损坏备份不应覆盖'])
    expect(await statementCount(env.databaseUrl)).toBeGreaterThan(0)
  })
})
