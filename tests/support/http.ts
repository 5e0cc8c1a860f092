import type { TestServer } from './testServer'

export type Answer = { status: number; text: string; json: Record<string, unknown> | null }

/** One real HTTP request to the test server, as `token`'s holder (or anonymous); the body is JSON. */
export async function call(server: TestServer, path: string, { method = 'GET', token, body, headers = {} }: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    redirect: 'manual',
  })
  const text = await response.text()
  let json: Record<string, unknown> | null = null
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    // not JSON
  }
  return { status: response.status, text, json }
}

/** A GraphQL query over HTTP. */
export const graphql = (server: TestServer, query: string, token?: string) => call(server, '/api/graphql', { method: 'POST', token, body: { query } })

/** The first error message of a Payload error answer. */
export const messageOf = (answer: Answer): string => ((answer.json?.errors as { message?: string }[] | undefined)?.[0]?.message ?? answer.text).toString()
