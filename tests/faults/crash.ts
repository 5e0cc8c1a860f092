// A write cut by SIGKILL, the restart after it, and the first requests a restarted server must
// answer by itself (no cleanup by anyone in between).
import type { TestServer } from '../helpers/testServer'
import { explain, send, type Outcome, type Staff } from './http'
import { since, sleep } from './rounds'

export type Crash = {
  /** The cut request's answer: usually a network error; a reply when the write beat the kill. */
  reply: Outcome
  /** When the process group was killed (for sessions the dead server may have left open). */
  killedAt: Date
  /** From the kill to the new server answering `/api/users/me`. */
  restartMs: number
  server: TestServer
}

/** Sends `write`, SIGKILLs the server `delayMs` later, then starts a new one (`start`, on the same database). */
export async function killDuring(server: TestServer, start: () => Promise<TestServer>, write: () => Promise<Outcome>, delayMs: number): Promise<Crash> {
  const pending = write()
  await sleep(delayMs)
  const killedAt = new Date()
  const started = performance.now()
  await server.crash()
  const reply = await pending
  const next = await start()
  return { reply, killedAt, restartMs: since(started), server: next }
}

/**
 * The first requests to a (re)started server, each tried once: REST as staff, the site's home
 * page, and the admin's dashboard for a signed-in user (200, not a redirect to the login).
 * Returns what failed, empty when all answered 200.
 */
export async function firstRequests(server: TestServer, staff: Staff): Promise<string[]> {
  const checks: [string, Promise<Outcome>][] = [
    ['REST GET /api/articles', staff.api('GET', '/articles?limit=1&depth=0')],
    ['site GET /', send(`${server.url}/`)],
    ['admin GET /admin', staff.page('/admin')],
  ]
  const problems: string[] = []
  for (const [what, pending] of checks) {
    const outcome = await pending
    if (outcome.status !== 200) problems.push(`${what} answered ${explain(outcome)}`)
  }
  return problems
}
