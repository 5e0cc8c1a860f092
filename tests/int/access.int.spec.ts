import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { query } from '../helpers/testDatabase'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { ACTORS, type Actor, createCast, headersOf, userOf } from './access/actors'
import { ALLOWED, TRANSITION_CASES } from './access/expectations'
import { createData, createTarget, tinyPng, updateData } from './access/fixtures'
import { attempt, type Context, graphql, type Operation, SURFACES, type Surface } from './access/surfaces'

// The access matrix over the real server: every actor × collection × operation × surface,
// then every stage transition × actor × surface. Each cell asserts allow or deny.
describe('access matrix', () => {
  let env: TestPayload
  let server: TestServer
  let ctx: Context
  let articleId: number
  let cells = 0

  beforeAll(async () => {
    env = await getTestPayload()
    server = await startServer({ databaseUrl: env.databaseUrl })
    const cast = await createCast(env.payload, server.url)
    ctx = { payload: env.payload, serverUrl: server.url, cast }
    articleId = (await createTarget(env.payload, cast, 'articles', { articleId: 0 })).id as number
  }, 180_000)
  afterAll(async () => {
    console.log(`access matrix: ${cells} cells asserted`)
    await server?.stop()
    await env?.cleanup()
  })

  const OPERATIONS: Operation[] = ['read', 'create', 'update', 'delete']

  for (const collection of Object.keys(ALLOWED) as CollectionSlug[]) {
    for (const op of OPERATIONS) {
      it(`${collection}: ${op}`, async () => {
        const failures: string[] = []
        // A read changes nothing: every read cell of a collection reads the same document.
        let readTarget: { id: number | string } | undefined
        for (const surface of SURFACES) {
          if (collection === 'media' && op === 'create' && surface === 'graphql') continue // uploads are not GraphQL
          for (const actor of ACTORS) {
            if (op === 'read') readTarget ??= await createTarget(env.payload, ctx.cast, collection, { articleId })
            const allowed = await run(collection, op, surface, actor, readTarget)
            const expected = ALLOWED[collection]![op].includes(actor)
            cells++
            if (allowed !== expected) failures.push(`${surface} ${actor}: ${allowed ? 'allowed' : 'denied'}, expected ${expected ? 'allow' : 'deny'}`)
          }
        }
        expect(failures).toEqual([])
      })
    }
  }

  async function run(collection: CollectionSlug, op: Operation, surface: Surface, actor: Actor, shared?: { id: number | string }): Promise<boolean> {
    if (op === 'create') {
      if (collection === 'media') return createMedia(surface, actor)
      return attempt(ctx, surface, actor, collection, op, { data: createData(collection, { articleId }) })
    }
    const target = shared ?? (await createTarget(env.payload, ctx.cast, collection, { articleId }))
    return attempt(ctx, surface, actor, collection, op, { id: target.id as number, data: updateData[collection] })
  }

  async function createMedia(surface: Surface, actor: Actor): Promise<boolean> {
    const buffer = await tinyPng()
    if (surface === 'local') {
      try {
        await env.payload.create({
          collection: 'media',
          data: { alt: '照片' },
          file: { data: buffer, mimetype: 'image/png', name: 'local.png', size: buffer.length },
          user: userOf(ctx.cast, actor),
          overrideAccess: false,
        })
        return true
      } catch {
        return false
      }
    }
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(buffer)], { type: 'image/png' }), 'rest.png')
    form.append('_payload', JSON.stringify({ alt: '照片' }))
    const response = await fetch(`${server.url}/api/media`, { method: 'POST', headers: headersOf(ctx.cast, actor), body: form })
    return response.ok
  }

  for (const transition of TRANSITION_CASES) {
    it(`stage transition: ${transition.name} (${transition.from} → ${'stage' in transition.data ? transition.data.stage : 'published'})`, async () => {
      const failures: string[] = []
      for (const surface of SURFACES) {
        for (const actor of ACTORS) {
          const article = await articleInStage(transition.from)
          const allowed = await attempt(ctx, surface, actor, 'articles', 'update', { id: article.id, data: { ...transition.data } })
          const after = await env.payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
          const moved = after.stage !== transition.from
          cells++
          const expected = (transition.allowed as readonly Actor[]).includes(actor)
          if (allowed !== expected || moved !== expected) {
            failures.push(`${surface} ${actor}: ${allowed ? 'allowed' : 'denied'} (stage now ${after.stage}), expected ${expected ? 'allow' : 'deny'}`)
          }
        }
      }
      expect(failures).toEqual([])
    })
  }

  // Staff read each other's accounts (see ALLOWED.users); what they read must hold no secret,
  // and the email only for an admin (finding 9 of #14).
  it('users: staff read another account without its secrets (and its email for admins only), on every surface', async () => {
    const target = (await createTarget(env.payload, ctx.cast, 'users', { articleId })) as User
    const { email } = target
    // Give every secret a value: a session (a login), a failed login, a reset token.
    await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'a long enough password' }),
    })
    await env.payload.login({ collection: 'users', data: { email, password: 'not the password' } }).catch(() => null)
    await env.payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
    const [row] = await query<Record<string, string | null>>(
      env.databaseUrl,
      `SELECT u.hash, u.salt, u.reset_password_token, u.login_attempts::text, s.id AS session
         FROM users u JOIN users_sessions s ON s._parent_id = u.id WHERE u.id = $1`,
      [target.id],
    )
    expect(row).toMatchObject({ login_attempts: '1' })
    const secretValues = [row!.hash, row!.salt, row!.reset_password_token, row!.session].filter((value): value is string => Boolean(value))
    expect(secretValues).toHaveLength(4)
    // Payload strips its hidden auth fields from every read (GraphQL still lists them, always null)
    // and returns a user's sessions to that user only (others get an empty list).
    const SECRET_KEYS = ['hash', 'salt', 'password', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil', 'sessions']
    const SECRETS_QUERY = `query($id: Int!) { User(id: $id) { email hash salt resetPasswordToken resetPasswordExpiration loginAttempts lockUntil sessions { id } } }`

    const failures: string[] = []
    const check = (label: string, text: string, doc: Record<string, unknown> | undefined, admin: boolean) => {
      cells++
      if (!doc) failures.push(`${label}: no account in ${text.slice(0, 200)}`)
      else if (admin && doc.email !== email) failures.push(`${label}: no email for the admin in ${text.slice(0, 200)}`)
      else if (!admin && (doc.email != null || text.includes(email))) failures.push(`${label}: email shown to a non-admin`)
      const keys = SECRET_KEYS.filter((key) => doc?.[key] != null && !(Array.isArray(doc[key]) && doc[key].length === 0))
      const values = secretValues.filter((value) => text.includes(value))
      if (keys.length || values.length) failures.push(`${label}: leaked ${[...keys, ...values.map(() => 'a secret value')].join(', ')}`)
    }
    for (const actor of ['reporterOther', 'editor', 'admin'] as const) {
      for (const path of [`/api/users/${target.id}?depth=2`, `/api/users?where[id][equals]=${target.id}&depth=2`]) {
        const text = await (await fetch(`${server.url}${path}`, { headers: headersOf(ctx.cast, actor) })).text()
        const json = JSON.parse(text) as Record<string, unknown> & { docs?: Record<string, unknown>[] }
        check(`rest ${actor} ${path}`, text, json.docs ? json.docs[0] : json, actor === 'admin')
      }
      const { json, text } = await graphql(ctx, actor, SECRETS_QUERY, { id: target.id })
      check(`graphql ${actor}`, text, json.data?.User as Record<string, unknown> | undefined, actor === 'admin')
      const local = await env.payload.findByID({ collection: 'users', id: target.id, user: userOf(ctx.cast, actor), overrideAccess: false })
      check(`local ${actor}`, JSON.stringify(local), local as unknown as Record<string, unknown>, actor === 'admin')
    }
    expect(failures).toEqual([])
  })

  // Field-level cells: editors' fields (DESIGN.md section 3). A save by someone without the
  // field's access goes through with the value IGNORED; the cell asserts whether it stuck.
  const FORGED_AT = '2099-01-01T00:00:00.000Z'
  const FIELD_CASES: { field: string; op: 'create' | 'update'; data: (other: number) => Record<string, unknown>; stuck: (doc: any, other: number) => boolean; allowed: readonly Actor[] }[] = [
    { field: 'publishedAt', op: 'update', data: () => ({ publishedAt: FORGED_AT }), stuck: (doc) => doc.publishedAt === FORGED_AT, allowed: ['editor', 'admin'] },
    { field: 'retraction', op: 'update', data: () => ({ retraction: { reason: '伪造的撤回' } }), stuck: (doc) => doc.retraction?.reason === '伪造的撤回', allowed: ['editor', 'admin'] },
    { field: 'corrections', op: 'update', data: () => ({ corrections: [{ date: FORGED_AT, note: '伪造的更正' }] }), stuck: (doc) => doc.corrections?.[0]?.note === '伪造的更正', allowed: ['editor', 'admin'] },
    { field: 'owner', op: 'update', data: (other) => ({ owner: other }), stuck: (doc, other) => doc.owner === other, allowed: ['editor', 'admin'] },
    { field: 'owner', op: 'create', data: (other) => ({ owner: other }), stuck: (doc, other) => doc.owner === other, allowed: [] },
    { field: 'approval', op: 'update', data: () => ({ approval: { hash: 'forged' } }), stuck: (doc) => doc.approval?.hash === 'forged', allowed: [] },
    { field: 'submittedAt', op: 'update', data: () => ({ submittedAt: FORGED_AT }), stuck: (doc) => doc.submittedAt === FORGED_AT, allowed: [] },
  ]

  for (const cell of FIELD_CASES) {
    it(`articles field ${cell.field}: ${cell.op}`, async () => {
      const failures: string[] = []
      const other = ctx.cast.users.reporterOther.id
      for (const surface of SURFACES) {
        for (const actor of ['reporterOwn', 'editor', 'admin'] as const) {
          let id: number | undefined
          if (cell.op === 'update') {
            id = (await createTarget(env.payload, ctx.cast, 'articles', { articleId })).id as number
            await attempt(ctx, surface, actor, 'articles', 'update', { id, data: cell.data(other) })
          } else {
            const title = `字段 ${cell.field} ${surface} ${actor} ${Date.now()}`
            await attempt(ctx, surface, actor, 'articles', 'create', { data: { title, ...cell.data(other) } })
            id = (await env.payload.find({ collection: 'articles', where: { title: { equals: title } }, depth: 0, draft: true })).docs[0]?.id
          }
          const doc = id ? await env.payload.findByID({ collection: 'articles', id, depth: 0, draft: true }) : null
          const stuck = Boolean(doc && cell.stuck(doc, other))
          const expected = cell.allowed.includes(actor)
          cells++
          if (stuck !== expected) failures.push(`${surface} ${actor}: ${stuck ? 'set' : 'ignored'}, expected ${expected ? 'set' : 'ignored'}`)
        }
      }
      expect(failures).toEqual([])
    })
  }

  /** A piece filed by reporterOwn, walked to a stage by the editor. */
  async function articleInStage(stage: string) {
    const owner = userOf(ctx.cast, 'reporterOwn')
    const editor = userOf(ctx.cast, 'editor')
    let article = await env.payload.create({ collection: 'articles', data: { title: `流程 ${stage}`, owner: owner!.id }, user: owner })
    const path: Record<string, string[]> = {
      draft: [],
      in_review: ['in_review'],
      approved: ['in_review', 'approved'],
      published: ['in_review', 'approved', 'published'],
    }
    for (const next of path[stage]!) {
      article = await env.payload.update({ collection: 'articles', id: article.id, data: { stage: next as never }, user: editor, overrideAccess: false })
    }
    return article
  }
})
