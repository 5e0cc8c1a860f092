// The edge for real: Debian's Varnish (edge/default.vcl, xkey) in front of two production app
// servers (the test build, `next start`) that share one Postgres and one Redis. Publishing
// through server A purges Varnish after the commit; server B sees the revalidation through Redis.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startRedis } from '../../scripts/edge/redis.mjs'
import { startVarnish } from '../../scripts/edge/varnish.mjs'
import { freePort } from '../../scripts/lib/postgres.mjs'
import { lexical, seedSite, type SiteFixture } from '../int/siteFixture'
import { restToken } from '../helpers/staff'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'

type Stopper = { stop: () => Promise<void> }

describe('Varnish in front of two app servers sharing Redis', () => {
  let env: TestPayload
  let payload: Payload
  let site: SiteFixture
  let a: TestServer
  let b: TestServer
  let edge: Stopper & { url: string }
  let redis: Stopper & { url: string }
  let token: string

  beforeAll(async () => {
    env = await getTestPayload()
    payload = env.payload
    site = await seedSite(payload, env.databaseUrl)
    redis = await startRedis({ port: await freePort() })
    const edgePort = await freePort()
    const shared = { REDIS_URL: redis.url, VARNISH_PURGE_URLS: `http://127.0.0.1:${edgePort}`, NEWSROOM_ROLE: 'web' }
    ;[a, b] = await Promise.all([startServer({ databaseUrl: env.databaseUrl, env: shared }), startServer({ databaseUrl: env.databaseUrl, env: shared })])
    const backend = (url: string) => ({ host: '127.0.0.1', port: Number(new URL(url).port) })
    edge = await startVarnish({ port: edgePort, backends: [backend(a.url), backend(b.url)] })
    token = await restToken(a.url, site.editor.email)
  })
  afterAll(async () => {
    await edge?.stop()
    await Promise.all([a?.stop(), b?.stop()])
    await redis?.stop()
    await env?.cleanup()
  })

  const get = async (path: string, headers: Record<string, string> = {}, base = edge.url) => {
    const response = await fetch(`${base}${path}`, { headers, redirect: 'manual' })
    return { status: response.status, cache: response.headers.get('x-cache'), xkey: response.headers.get('xkey'), body: await response.text() }
  }
  /** Asks until the edge answers from its cache (the round-robin may need both servers warm first). */
  const warm = async (path: string) => {
    for (let i = 0; i < 5; i++) if ((await get(path)).cache === 'HIT') return
    throw new Error(`${path} never became a cache hit`)
  }
  const asEditor = (path: string, init: RequestInit = {}) =>
    fetch(`${a.url}${path}`, { ...init, headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers } })

  it('should cache pages, feeds, sitemaps, ninjs and public REST reads, and keep the keys to itself', async () => {
    const paths = [`/articles/${site.slugs.article}`, '/', '/feeds/rss.xml', '/sitemap.xml', `/ninjs/articles/${site.slugs.article}`, '/api/statements?limit=5']
    for (const path of paths) {
      expect((await get(path)).status, path).toBe(200)
      const again = await get(path)
      expect(again.cache, path).toBe('HIT')
      expect(again.xkey, path).toBeNull()
    }
    expect((await get('/api/users/me')).cache).toBe('PASS')
  })

  it('should never serve a staff session a cached page, nor the public a page rendered for staff', async () => {
    const session = `payload-token=${token}`
    const path = `/statements/${site.ids.first}`
    // Before any publish here: a purge repeated after one (src/delivery/edge/purgeEdge.ts) would drop the page.
    // Staff first: passed to the app, nothing stored for the public.
    expect((await get(path, { cookie: session })).cache).toBe('PASS')
    expect((await get(path)).cache).toBe('MISS')
    expect((await get(path)).cache).toBe('HIT')
    // Now cached: staff are still passed to the app.
    expect((await get(path, { cookie: session })).cache).toBe('PASS')
    expect((await get('/api/articles?limit=5', { authorization: `JWT ${token}` })).cache).toBe('PASS')
    // Another cookie (analytics) does not stop the public from sharing the cache.
    expect((await get(path, { cookie: '_ga=GA1.1.1' })).cache).toBe('HIT')
  })

  it('should show a correction published through server A on the first request through the cache and through server B', async () => {
    const path = `/articles/${site.slugs.article}`
    await warm(path)
    await warm('/feeds/rss.xml')
    await warm('/api/articles?limit=5')
    await get(path, {}, b.url) // server B's own cache holds the old page too
    const dek = `边缘更正 ${site.run}`
    const response = await asEditor(`/api/articles/${site.ids.article}`, { method: 'PATCH', body: JSON.stringify({ dek }) })
    expect(response.status).toBe(200)
    const page = await get(path)
    expect(page.cache).toBe('MISS')
    expect(page.body).toContain(dek)
    expect((await get(path, {}, b.url)).body).toContain(dek)
    expect((await get('/feeds/rss.xml')).body).toContain(dek)
    expect((await get('/api/articles?limit=5')).body).toContain(dek)
  })

  it('should show a newly published piece on the first request, never having cached its draft', async () => {
    const fresh = await payload.create({
      collection: 'articles',
      data: { title: `边缘新稿 ${site.run}`, slug: `edge-fresh-${site.run}`, intro: lexical(`草稿正文 ${site.run}`) },
      user: site.editor,
      overrideAccess: false,
    })
    const path = `/articles/${fresh.slug}`
    await warm('/')
    // The draft: 404 to the public, each time from the app (a 404 is never stored).
    for (let i = 0; i < 2; i++) expect(await get(path)).toMatchObject({ status: 404, cache: 'PASS' })
    // Staff read the draft through the edge: passed, never stored.
    const staffRead = await get(`/api/articles/${fresh.id}?draft=true`, { authorization: `JWT ${token}` })
    expect(staffRead).toMatchObject({ status: 200, cache: 'PASS' })
    expect(staffRead.body).toContain(`草稿正文 ${site.run}`)
    const anonymousRead = await get(`/api/articles/${fresh.id}?draft=true`)
    expect(anonymousRead.body).not.toContain(`草稿正文 ${site.run}`)

    await asEditor(`/api/articles/${fresh.id}`, { method: 'PATCH', body: JSON.stringify({ stage: 'published' }) })
    const page = await get(path)
    expect(page.status).toBe(200)
    expect(page.body).toContain(`草稿正文 ${site.run}`)
    expect((await get('/')).body).toContain(`边缘新稿 ${site.run}`)
    expect((await get('/', {}, b.url)).body).toContain(`边缘新稿 ${site.run}`)
  })

  it('should purge every page of the site when a speaker is renamed', async () => {
    const path = `/articles/${site.slugs.article}`
    await warm(path)
    const delegate = await payload.find({ collection: 'delegates', where: { slug: { equals: site.slugs.delegate } }, overrideAccess: true })
    const name = `王建国${site.run}`
    const response = await asEditor(`/api/delegates/${delegate.docs[0]!.id}`, { method: 'PATCH', body: JSON.stringify({ name }) })
    expect(response.status).toBe(200)
    expect((await get(`/people/${site.slugs.delegate}`)).cache).not.toBe('HIT')
    expect((await get(path)).cache).toBe('MISS')
  })
})
