// From an empty folder: pack Newsroom, write a fresh Payload 3 app (tests/install/app), install
// the tarball with the exact Payload, Next and React versions this repository pins, add the
// plugin, create and run migrations on a new Postgres, and check it through the Local API and
// Payload's REST handlers. Prints the package size and the time taken.
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort, startPostgres } from '../../scripts/lib/postgres.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const pinned = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies as Record<string, string>
const HOST_PACKAGES = ['payload', '@payloadcms/db-postgres', '@payloadcms/richtext-lexical', '@payloadcms/ui', 'next', 'react', 'react-dom', 'graphql', 'tsx']

const run = (command: string, args: string[], cwd: string, env: Record<string, string> = {}) => {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stderr ?? ''}\n${(stdout ?? '').slice(-4000)}`)
  }
}

type Findings = {
  collections: string[]
  adminUser: string
  userFields: string[]
  userRoles: string[]
  articleLabel: Record<string, string>
  paste: { status: number; entries: number }
  commit: { status: number; created: boolean }
  statements: number
  approved: number
  publishedStatements: number
  published: { status: number; stage: string; _status: string }
  audit: number
  postEdition: string
}

describe('installing the packed plugin into a fresh Payload app', () => {
  const started = Date.now()
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-install-'))
  let stopPostgres = async () => {}
  let findings: Findings

  beforeAll(async () => {
    fs.chmodSync(work, 0o755) // the unprivileged Postgres owner must reach its data dir
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root)) as { filename: string; size: number; unpackedSize: number }[]
    console.log(`package: ${packed!.filename}, ${(packed!.size / 1024).toFixed(0)} KB packed, ${(packed!.unpackedSize / 1024).toFixed(0)} KB unpacked`)

    const app = path.join(work, 'app')
    fs.cpSync(path.join(import.meta.dirname, 'app'), app, { recursive: true })
    const dependencies = Object.fromEntries([['newsroom', `file:../${packed!.filename}`], ...HOST_PACKAGES.map((name) => [name, pinned[name]])])
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'fresh-host', private: true, type: 'module', dependencies }, null, 2))
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app)
    console.log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s`)

    const pg = await startPostgres({ dataDir: path.join(work, 'pg'), port: await freePort(), logFile: path.join(work, 'postgres.log'), fast: true })
    stopPostgres = () => pg.stop()
    await pg.createDatabase('host')
    const fixture = path.join(root, 'tests/fixtures/split/layout07-bylines.txt')
    const output = run(path.join(app, 'node_modules/.bin/tsx'), ['check.ts', fixture], app, { DATABASE_URL: pg.url('host'), NODE_ENV: 'test' })
    findings = JSON.parse(output.trim().split('\n').at(-1)!)
  }, 600_000)

  afterAll(async () => {
    await stopPostgres()
    console.log(`install test: ${((Date.now() - started) / 1000).toFixed(0)} s`)
    // Removing a fresh node_modules takes minutes on a loaded machine: let rm do it on its own.
    spawn('rm', ['-rf', work], { detached: true, stdio: 'ignore' }).unref()
  })

  it('should add the newsroom collections beside the host ones', () => {
    expect(findings.collections).toEqual(expect.arrayContaining(['posts', 'users', 'articles', 'statements', 'imports', 'delegates', 'reporters', 'audit']))
    expect(findings.collections.filter((slug) => slug === 'users')).toHaveLength(1)
  })

  it("should keep the host's users as the auth collection, with our roles added", () => {
    expect(findings.adminUser).toBe('users')
    expect(findings.userFields).toEqual(expect.arrayContaining(['nickname', 'roles', 'reporter']))
    expect(findings.userRoles).toEqual(['admin']) // the first account runs the desk
  })

  it('should split a paste and commit it through REST', () => {
    expect(findings.paste.status).toBe(201)
    expect(findings.paste.entries).toBeGreaterThan(1)
    expect(findings.commit).toEqual({ status: 200, created: true })
    expect(findings.statements).toBe(findings.paste.entries)
  })

  it('should run the workflow hooks: publishing keeps _status in step and is audited', () => {
    expect(findings.approved).toBe(200)
    expect(findings.published).toEqual({ status: 200, stage: 'published', _status: 'published' })
    expect(findings.publishedStatements).toBe(findings.statements)
    expect(findings.audit).toBeGreaterThan(0)
  })

  it("should still run the host's own hook", () => {
    expect(findings.postEdition).toBe('stamped by the host')
  })

  it('should carry the Chinese admin labels', () => {
    expect(findings.articleLabel).toMatchObject({ zh: '稿件' })
  })
})
