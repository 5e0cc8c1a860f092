import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { ACTORS, type Actor, createCast, headersOf, userOf } from './access/actors'
import { ALLOWED, TRANSITION_CASES } from './access/expectations'
import { createData, createTarget, tinyPng, updateData } from './access/fixtures'
import { attempt, type Context, type Operation, SURFACES, type Surface } from './access/surfaces'

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
        for (const surface of SURFACES) {
          if (collection === 'media' && op === 'create' && surface === 'graphql') continue // uploads are not GraphQL
          for (const actor of ACTORS) {
            const allowed = await run(collection, op, surface, actor)
            const expected = ALLOWED[collection]![op].includes(actor)
            cells++
            if (allowed !== expected) failures.push(`${surface} ${actor}: ${allowed ? 'allowed' : 'denied'}, expected ${expected ? 'allow' : 'deny'}`)
          }
        }
        expect(failures).toEqual([])
      })
    }
  }

  async function run(collection: CollectionSlug, op: Operation, surface: Surface, actor: Actor): Promise<boolean> {
    if (op === 'create') {
      if (collection === 'media') return createMedia(surface, actor)
      return attempt(ctx, surface, actor, collection, op, { data: createData(collection, { articleId }) })
    }
    const target = await createTarget(env.payload, ctx.cast, collection, { articleId })
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
