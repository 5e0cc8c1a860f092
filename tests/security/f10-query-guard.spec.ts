import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createStaff, restToken } from '../helpers/staff'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { call, graphql, messageOf } from './http'

const HAN = /[\u4e00-\u9fff]/

// Finding 10: sorting (and filtering) through relationship paths ignored read access, so an
// anonymous visitor could order published statements by a draft article's title or by the
// owner's password hash or reset token (an oracle).
describe('f10: sort and where paths the caller may not read are refused with 400', () => {
  let env: TestPayload
  let server: TestServer
  const tokens: Record<string, string> = {}
  let slug: string

  beforeAll(async () => {
    env = await getTestPayload()
    await createStaff(env.payload, 'admin', 'chief')
    const editor = await createStaff(env.payload, 'editor', 'editor')
    await createStaff(env.payload, 'reporter', 'zhang')
    const as = { user: editor, overrideAccess: false as const }
    const draft = await env.payload.create({ collection: 'articles', data: { title: '未发布的综述' }, ...as })
    const live = await env.payload.create({ collection: 'articles', data: { title: '已发布的综述' }, ...as })
    await env.payload.update({ collection: 'articles', id: live.id, data: { stage: 'published' }, ...as })
    slug = (await env.payload.findByID({ collection: 'articles', id: live.id })).slug!
    for (const [i, article] of [draft.id, live.id, draft.id].entries()) {
      const s = await env.payload.create({ collection: 'statements', data: { headline: `发言${i}`, article, position: i }, ...as })
      await env.payload.update({ collection: 'statements', id: s.id, data: { stage: 'published' }, ...as })
    }
    await env.payload.forgotPassword({ collection: 'users', data: { email: 'editor@example.com' }, disableEmail: true })
    server = await startServer({ databaseUrl: env.databaseUrl })
    for (const name of ['editor', 'zhang']) tokens[name] = await restToken(server.url, `${name}@example.com`)
  })
  afterAll(async () => {
    await server?.stop()
    await env?.cleanup()
  })

  const ANONYMOUS_REFUSED = [
    '/api/statements?sort=article.title',
    '/api/statements?sort=-article.title',
    '/api/statements?sort=owner.hash',
    '/api/statements?sort=-owner.hash',
    '/api/statements?sort=owner.salt',
    '/api/statements?sort=owner.resetPasswordToken',
    '/api/statements?sort=owner.email',
    '/api/statements?sort=owner',
    '/api/statements?where[owner.email][like]=a',
    '/api/statements?where[owner.hash][exists]=true',
    '/api/statements?where[or][0][owner.resetPasswordToken][exists]=true',
    '/api/statements/count?where[owner.email][like]=a',
    '/api/articles?sort=owner.name',
  ]
  it.each(ANONYMOUS_REFUSED)('should refuse anonymous GET %s with 400 and a Chinese message', async (path) => {
    const answer = await call(server, path)
    expect(answer.status, answer.text.slice(0, 300)).toBe(400)
    expect(messageOf(answer)).toMatch(HAN)
  })

  it.each(['/api/statements?sort=owner.hash', '/api/statements?sort=owner.email', '/api/users?sort=email', '/api/statements?sort=-owner.resetPasswordToken'])(
    'should refuse a reporter GET %s with 400',
    async (path) => {
      const answer = await call(server, path, { token: tokens.zhang })
      expect(answer.status, answer.text.slice(0, 300)).toBe(400)
    },
  )

  it.each(['owner.hash', 'article.title', 'owner__hash'])('should refuse anonymous GraphQL sort: %s', async (sort) => {
    const answer = await graphql(server, `{ Statements(sort: "${sort}") { docs { id } } }`)
    expect(answer.json?.errors, answer.text.slice(0, 300)).toBeTruthy()
    expect(JSON.stringify(answer.json?.errors)).toMatch(HAN)
    expect((answer.json?.data as { Statements?: unknown } | undefined)?.Statements ?? null).toBeNull()
  })

  it.each([
    '/api/articles?sort=-publishedAt',
    '/api/articles?sort=title',
    '/api/statements?sort=position',
    '/api/statements?sort=-publishedAt&where[article][exists]=true',
    '/api/statements?sort=article',
  ])('should keep the public query %s working', async (path) => {
    expect((await call(server, path)).status).toBe(200)
  })

  it('should keep the public slug lookup working', async () => {
    const answer = await call(server, `/api/articles?where[slug][equals]=${encodeURIComponent(slug)}`)
    expect(answer.status).toBe(200)
    expect((answer.json!.docs as unknown[]).length).toBe(1)
  })

  it('should let an editor sort statements by their article’s title and owner’s name', async () => {
    expect((await call(server, '/api/statements?sort=article.title', { token: tokens.editor })).status).toBe(200)
    expect((await call(server, '/api/statements?sort=owner.name', { token: tokens.editor })).status).toBe(200)
  })

  it('should keep the site’s pages working', async () => {
    expect((await call(server, '/')).status).toBe(200)
    expect((await call(server, `/articles/${slug}`)).status).toBe(200)
  })
})
