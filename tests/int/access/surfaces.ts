import type { CollectionSlug, Payload } from 'payload'

import { type Actor, type Cast, headersOf, userOf } from './actors'

export const SURFACES = ['rest', 'graphql', 'local'] as const
export type Surface = (typeof SURFACES)[number]
export type Operation = 'read' | 'create' | 'update' | 'delete'

const GRAPHQL_NAMES: Record<string, [string, string]> = {
  articles: ['Article', 'Articles'],
  statements: ['Statement', 'Statements'],
  delegates: ['Delegate', 'Delegates'],
  reporters: ['Reporter', 'Reporters'],
  media: ['Media', 'MediaItems'],
  users: ['User', 'Users'],
  audit: ['AuditEntry', 'AuditEntries'],
  comments: ['Comment', 'Comments'],
  imports: ['Import', 'Imports'],
  notifications: ['Notification', 'Notifications'],
}

export type Context = { payload: Payload; serverUrl: string; cast: Cast }

async function rest(ctx: Context, actor: Actor, method: string, path: string, body?: unknown) {
  const response = await fetch(`${ctx.serverUrl}/api${path}`, {
    method,
    headers: { ...headersOf(ctx.cast, actor), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await response.text()
  return { ok: response.ok, status: response.status, text }
}

export async function graphql(ctx: Context, actor: Actor, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${ctx.serverUrl}/api/graphql`, {
    method: 'POST',
    headers: { ...headersOf(ctx.cast, actor), 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  })
  const text = await response.text()
  const json = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] }
  return { json, text }
}

/** GraphQL input types are named after the collection; JSON values go through variables. */
const mutationInput = (single: string, op: 'create' | 'update') =>
  op === 'create' ? `mutation($data: mutation${single}Input!) { create${single}(data: $data) { id } }` : `mutation($id: Int!, $data: mutation${single}UpdateInput!) { update${single}(id: $id, data: $data) { id } }`

/**
 * Performs one operation as one actor on one surface and says whether it was allowed:
 * a document came back (or was deleted) rather than an error, a 403/404 or nothing.
 */
export async function attempt(
  ctx: Context,
  surface: Surface,
  actor: Actor,
  collection: CollectionSlug,
  op: Operation,
  { id, data }: { id?: number; data?: Record<string, unknown> },
): Promise<boolean> {
  const [single] = GRAPHQL_NAMES[collection]!
  if (surface === 'rest') {
    const result =
      op === 'read'
        ? await rest(ctx, actor, 'GET', `/${collection}/${id}?draft=true`)
        : op === 'create'
          ? await rest(ctx, actor, 'POST', `/${collection}`, data)
          : op === 'update'
            ? await rest(ctx, actor, 'PATCH', `/${collection}/${id}`, data)
            : await rest(ctx, actor, 'DELETE', `/${collection}/${id}`)
    return result.ok
  }
  if (surface === 'graphql') {
    const query =
      op === 'read'
        ? `query($id: Int!) { ${single}(id: $id, draft: true) { id } }`
        : op === 'delete'
          ? `mutation($id: Int!) { delete${single}(id: $id) { id } }`
          : mutationInput(single, op)
    const { json } = await graphql(ctx, actor, query, { id, data })
    if (process.env.DEBUG_GQL && json.errors) console.log('GQL', JSON.stringify(json.errors).slice(0, 400))
    const value = json.data && Object.values(json.data)[0]
    return Boolean(value && !json.errors?.length)
  }
  const user = userOf(ctx.cast, actor)
  const base = { collection, overrideAccess: false, user, depth: 0 } as const
  try {
    if (op === 'read') await ctx.payload.findByID({ ...base, id: id!, draft: true })
    else if (op === 'create') await ctx.payload.create({ ...base, data: data as never })
    else if (op === 'update') await ctx.payload.update({ ...base, id: id!, data: data as never })
    else await ctx.payload.delete({ ...base, id: id! })
    return true
  } catch {
    return false
  }
}
