// What the delivery and edge benchmarks share: a production Next server on a port, one
// autocannon run (50 connections) summarised as a row of the printed table, and percentiles.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import autocannon from 'autocannon'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** `next start` on 127.0.0.1:`port`, once it answers; the function returned stops it. */
export async function startNext(env: NodeJS.ProcessEnv, port: number): Promise<() => Promise<void>> {
  const child = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env, detached: true, stdio: 'ignore' })
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/users/me`)).ok) break
    } catch {}
    await new Promise((r) => setTimeout(r, 200))
  }
  return () => new Promise<void>((resolve) => { child.once('exit', () => resolve()); process.kill(-child.pid!, 'SIGTERM') })
}

export type Row = { name: string; rps: number; p50: number; p99: number; errors: number }

/** `seconds` of 50 connections on `url`: requests per second, latency and errors (non-2xx count). */
export async function measure(name: string, url: string, seconds: number): Promise<Row> {
  const r = await autocannon({ url, connections: 50, duration: seconds })
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx }
}

/**
 * Nearest-rank percentile of `values` (any order): the smallest value with at least p % of
 * them at or below it; NaN when there are none. Of ten publishes, p50 is the 5th and p99 the 10th.
 */
export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! : Number.NaN
}
