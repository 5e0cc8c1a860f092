import type { Payload } from 'payload'

import type { User } from '../../payload-types'
import { PASSWORD } from './staff'

export const ACTORS = ['anonymous', 'reporterOwn', 'reporterOther', 'editor', 'admin'] as const
export type Actor = (typeof ACTORS)[number]

export type Cast = {
  users: Record<Exclude<Actor, 'anonymous'>, User>
  tokens: Record<Exclude<Actor, 'anonymous'>, string>
}

/** The people of the matrix: reporterOwn owns the pieces under test, reporterOther does not. */
export async function createCast(payload: Payload, serverUrl: string): Promise<Cast> {
  const specs = [
    ['admin', 'admin'],
    ['editor', 'editor'],
    ['reporterOwn', 'reporter'],
    ['reporterOther', 'reporter'],
  ] as const
  const users = {} as Cast['users']
  const tokens = {} as Cast['tokens']
  for (const [actor, role] of specs) {
    users[actor] = await payload.create({
      collection: 'users',
      data: { name: actor, email: `${actor.toLowerCase()}@example.com`, password: PASSWORD, roles: [role] },
    })
    const response = await fetch(`${serverUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${actor.toLowerCase()}@example.com`, password: PASSWORD }),
    })
    if (!response.ok) throw new Error(`login failed for ${actor}: ${response.status} ${await response.text()}`)
    tokens[actor] = (await response.json()).token
  }
  return { users, tokens }
}

export const userOf = (cast: Cast, actor: Actor) => (actor === 'anonymous' ? undefined : { ...cast.users[actor], collection: 'users' as const })
export const headersOf = (cast: Cast, actor: Actor): Record<string, string> =>
  actor === 'anonymous' ? {} : { authorization: `JWT ${cast.tokens[actor]}` }
