// HTTP for the fault suites: every request has a timeout, and a failure is an answer to record,
// not an exception (a request cut by a kill or a stopped database is what these suites expect).
import { restToken } from '../helpers/staff'

/** No single request in these suites may take longer. */
export const REQUEST_TIMEOUT_MS = 30_000

export type Reply = { status: number; text: string; headers: Headers; ms: number }
export type Outcome = Reply | { status: 'error'; error: string; ms: number }

/** One request with a timeout; never throws: a network error or timeout is `status: 'error'`. */
export async function send(url: string, init: RequestInit & { timeoutMs?: number } = {}): Promise<Outcome> {
  const { timeoutMs = REQUEST_TIMEOUT_MS, ...rest } = init
  const started = performance.now()
  try {
    const response = await fetch(url, { ...rest, signal: AbortSignal.timeout(timeoutMs) })
    const text = await response.text()
    return { status: response.status, text, headers: response.headers, ms: Math.round(performance.now() - started) }
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code
    return { status: 'error', error: `${(error as Error).name}: ${(error as Error).message}${cause ? ` (${cause})` : ''}`, ms: Math.round(performance.now() - started) }
  }
}

export const isReply = (outcome: Outcome): outcome is Reply => outcome.status !== 'error'
export const explain = (outcome: Outcome) => (isReply(outcome) ? `HTTP ${outcome.status}` : outcome.error)

/** JSON of a reply, or null when it is not JSON (an HTML error page, a cut response). */
export function json<T = Record<string, unknown>>(outcome: Outcome): T | null {
  if (!isReply(outcome)) return null
  try {
    return JSON.parse(outcome.text) as T
  } catch {
    return null
  }
}

/** Rejects when `promise` takes longer than `ms` (for helpers whose own requests have no timeout). */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms)))
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * A member of staff on the REST API of a server that may be replaced (a restarted server
 * listens on a new port): the JWT is kept, the base URL asked for on every request. Tokens
 * are sessions stored in the database, so they outlive the server process.
 */
export type Staff = {
  api: (method: string, route: string, body?: unknown) => Promise<Outcome>
  /** A GET of a site or admin page as this user (its token as the admin's cookie). */
  page: (path: string) => Promise<Outcome>
}

export async function logIn(baseUrl: () => string, email: string): Promise<Staff> {
  const token = await within(restToken(baseUrl(), email), REQUEST_TIMEOUT_MS, `login of ${email}`)
  return {
    api: (method, route, body) =>
      send(`${baseUrl()}/api${route}`, {
        method,
        headers: { authorization: `JWT ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    page: (path) => send(`${baseUrl()}${path}`, { headers: { cookie: `payload-token=${token}` }, redirect: 'manual' }),
  }
}
