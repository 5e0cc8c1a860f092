import { spawn } from 'node:child_process'
import path from 'node:path'

import { inject } from 'vitest'

import { freePort } from '../../scripts/lib/postgres.mjs'
import { TEST_MEDIA_DIR, TEST_SECRET } from './testPayload'

const root = path.resolve(import.meta.dirname, '../..')

export type TestServer = {
  url: string
  stop: () => Promise<void>
  /** SIGKILL to the whole server process group, as a crash would; resolves when it is gone. */
  crash: () => Promise<void>
  output: () => string
}

/**
 * The real Next.js server (the test build, `next start`) on a free loopback port (or `port`),
 * serving the admin, the API and the site from the given database.
 */
export async function startServer({ databaseUrl, env = {}, port: fixedPort }: { databaseUrl: string; env?: Record<string, string>; port?: number }): Promise<TestServer> {
  const port = fixedPort ?? (await freePort())
  const url = `http://127.0.0.1:${port}`
  let log = ''
  const child = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: TEST_SECRET,
      NEWSROOM_NEXT_DIST_DIR: inject('nextDistDir'),
      NEWSROOM_SITE_URL: url,
      NEWSROOM_MEDIA_DIR: TEST_MEDIA_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
  })
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    process.kill(-child.pid!, 'SIGTERM')
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }

  const crash = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    process.kill(-child.pid!, 'SIGKILL')
    await exited
  }

  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    try {
      const response = await fetch(`${url}/api/users/me`)
      if (response.ok) return { url, stop, crash, output: () => log }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await stop()
  throw new Error(`next start did not become ready at ${url}:\n${log}`)
}
