// A fault suite restarts its server dozens of times over several minutes. Another test run in
// the same checkout may rebuild the shared test build meanwhile (a rebuild empties
// `.next-test`, and a `next start` then finds no build), so each suite serves a copy of its own,
// taken while no build is running. Its page cache (on disk, in the build folder) is its own too.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { inject } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const PREFIX = '.next-faults-' // git-ignored (`.next-*/`); Next wants its folder inside the project
/** How long to wait for another run's build to finish (as long as the build lock waits). */
export const BUILD_WAIT_MS = 15 * 60_000

export type PrivateBuild = {
  /** For `startServer({ env })`. */
  env: { NEWSROOM_NEXT_DIST_DIR: string }
  dispose: () => void
}

export async function privateBuild(): Promise<PrivateBuild> {
  removeLeftovers()
  const shared = path.join(root, inject('nextDistDir'))
  const lock = `${shared}.lock` // held by tests/setup/ensureTestBuild.ts while it builds
  const stamp = () => fs.readFileSync(path.join(shared, 'newsroom-build-hash'), 'utf8')
  const name = `${PREFIX}${process.pid}-${crypto.randomBytes(3).toString('hex')}`
  const copy = path.join(root, name)
  const deadline = Date.now() + BUILD_WAIT_MS
  while (Date.now() < deadline) {
    try {
      if (!fs.existsSync(lock)) {
        const before = stamp()
        fs.cpSync(shared, copy, { recursive: true, filter: (source) => source !== path.join(shared, 'cache') })
        // No build started meanwhile (it would hold the lock and have removed the stamp).
        if (!fs.existsSync(lock) && stamp() === before && fs.existsSync(path.join(copy, 'BUILD_ID'))) {
          return { env: { NEWSROOM_NEXT_DIST_DIR: name }, dispose: () => fs.rmSync(copy, { recursive: true, force: true }) }
        }
      }
    } catch {
      // a build removed files while we read them: try again once it is done
    }
    fs.rmSync(copy, { recursive: true, force: true })
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  throw new Error(`no complete test build in ${shared} to copy within ${BUILD_WAIT_MS / 60_000} minutes`)
}

/** Copies left by runs that were killed before they could remove them. */
function removeLeftovers() {
  for (const entry of fs.readdirSync(root)) {
    const pid = Number(/^\.next-faults-(\d+)-/.exec(entry)?.[1])
    if (pid && !isAlive(pid)) fs.rmSync(path.join(root, entry), { recursive: true, force: true })
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
