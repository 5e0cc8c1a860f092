import type { Payload } from 'payload'

import { ACTORS, type Actor, type Cast, createCast, headersOf, userOf } from './actors'
import { getTestPayload, type TestPayload } from './testPayload'
import { startServer, type TestServer } from './testServer'

export { ACTORS, type Actor, userOf }

export type Answer = { status: number; json: Record<string, any>; text: string }

/**
 * The desk of the security repros: a fresh database, the real production server, and the
 * demo roles logged in over REST (admin, editor, reporterOwn, reporterOther; plus anonymous).
 */
export async function openDesk(env: Record<string, string> = {}) {
  const db: TestPayload = await getTestPayload()
  const server: TestServer = await startServer({ databaseUrl: db.databaseUrl, env })
  const cast: Cast = await createCast(db.payload, server.url)

  /** One REST call as one actor (a JSON body, or FormData for uploads). */
  const api = async (actor: Actor, method: string, path: string, body?: unknown): Promise<Answer> => {
    const isForm = body instanceof FormData
    const response = await fetch(`${server.url}${path.startsWith('/api') || !path.startsWith('/') ? path : `/api${path}`}`, {
      method,
      redirect: 'manual',
      headers: { ...headersOf(cast, actor), ...(body && !isForm ? { 'content-type': 'application/json' } : {}) },
      body: isForm ? body : body ? JSON.stringify(body) : undefined,
    })
    const text = await response.text()
    let json: Record<string, any> = {}
    try {
      json = JSON.parse(text)
    } catch {
      // not JSON (a page, a file)
    }
    return { status: response.status, json, text }
  }

  /** A page or file of the site (no `/api` prefix), as one actor. */
  const page = async (actor: Actor, path: string) => {
    const response = await fetch(`${server.url}${path}`, { redirect: 'manual', headers: headersOf(cast, actor) })
    return { status: response.status, body: await response.text(), cache: response.headers.get('x-nextjs-cache') }
  }

  const graphql = async (actor: Actor, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { ...headersOf(cast, actor), 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    })
    return (await response.json()) as { data?: Record<string, any>; errors?: { message: string }[] }
  }

  const payload: Payload = db.payload
  const idOf = (actor: Exclude<Actor, 'anonymous'>) => cast.users[actor].id
  const close = async () => {
    await server.stop()
    await db.cleanup()
  }
  return { payload, server, cast, api, page, graphql, idOf, userOf: (actor: Actor) => userOf(cast, actor), databaseUrl: db.databaseUrl, close }
}

export type Desk = Awaited<ReturnType<typeof openDesk>>

/** A statement filed by reporterOwn over REST and walked by the editor to `stage`. */
export async function statementIn(desk: Desk, stage: 'draft' | 'in_review' | 'approved' | 'published', headline = '审核中的发言') {
  const created = await desk.api('reporterOwn', 'POST', '/statements', { headline })
  if (created.status !== 201) throw new Error(`create: ${created.status} ${created.text}`)
  const id = created.json.doc.id as number
  const steps = { draft: [], in_review: ['in_review'], approved: ['in_review', 'approved'], published: ['in_review', 'approved', 'published'] }[stage]
  for (const [index, next] of steps.entries()) {
    const actor = index === 0 ? 'reporterOwn' : 'editor'
    const moved = await desk.api(actor, 'PATCH', `/statements/${id}`, { stage: next })
    if (moved.status !== 200) throw new Error(`${next}: ${moved.status} ${moved.text}`)
  }
  return id
}

/** Error message of a REST answer. */
export const messageOf = (answer: Answer): string => answer.json?.errors?.[0]?.message ?? answer.text.slice(0, 300)
