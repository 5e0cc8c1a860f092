import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { lexical, seedSite, type SiteFixture } from './siteFixture'

const xml = new XMLParser({ ignoreAttributes: false })
const parseXml = (text: string) => {
  expect(XMLValidator.validate(text)).toBe(true)
  return xml.parse(text)
}
const jsonLdOf = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!))

describe('the public site, feeds and syndication', () => {
  let env: TestPayload
  let payload: Payload
  let server: TestServer
  let site: SiteFixture
  let token: string

  beforeAll(async () => {
    env = await getTestPayload()
    payload = env.payload
    site = await seedSite(payload, env.databaseUrl)
    // This server works the jobs queue itself (every 2 s here, every minute by default), as
    // production does, so a scheduled publish is revalidated from outside any request (the last test).
    server = await startServer({ databaseUrl: env.databaseUrl, env: { NEWSROOM_RUN_JOBS: '1', NEWSROOM_JOBS_CRON: '*/2 * * * * *' } })
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: site.editor.email, password: 'a long enough password' }),
    })
    token = ((await login.json()) as { token: string }).token
  })
  afterAll(async () => {
    await server?.stop()
    await env?.cleanup()
  })

  const get = async (path: string) => {
    const response = await fetch(`${server.url}${path}`, { redirect: 'manual' })
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      cache: response.headers.get('x-nextjs-cache'),
      body: await response.text(),
    }
  }
  const asEditor = (path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, { ...init, headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers } })
  const publicPaths = () => {
    const { slugs, ids } = site
    const feeds = (owner: string) => ['rss.xml', 'atom.xml', 'feed.json'].map((file) => `${owner}/feeds/${file}`)
    return [
      '/', '/page/1', '/sitemap.xml', '/news-sitemap.xml', '/robots.txt',
      `/articles/${slugs.article}`, `/statements/${ids.first}`, `/statements/${ids.second}`,
      `/people/${slugs.delegate}`, `/reporters/${slugs.reporter}`, `/reporters/${slugs.correspondent}`,
      ...feeds(''), ...feeds(`/people/${slugs.delegate}`), ...feeds(`/reporters/${slugs.reporter}`),
      `/ninjs/articles/${slugs.article}`, `/ninjs/statements/${ids.first}`,
      `/articles/${slugs.retracted}`, `/articles/${slugs.draft}`, `/articles/${slugs.scheduled}`, `/statements/${ids.pending}`,
      `/ninjs/articles/${slugs.draft}`, `/ninjs/statements/${ids.pending}`, `/statements/${ids.pending}?draft=true`,
      '/api/articles?depth=2', '/api/statements?depth=2', '/api/articles/published?limit=100', '/api/statements/published?limit=100',
    ]
  }

  it('should render the home page and the article with its source, bylines and statements in order', async () => {
    const home = await get('/')
    expect(home.status).toBe(200)
    expect(home.body).toContain('代表委员谈县域经济高质量发展')
    const page = await get(`/articles/${site.slugs.article}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain('lang="zh-CN"')
    expect(page.body).toMatch(/<main id="main"/)
    for (const text of ['《江南日报》', '第3版', '记者', '林晓', '通讯员', '周文', '摄影', '陈光', '省人大代表、青山县委书记', '连日来'])
      expect(page.body).toContain(text)
    expect(page.body.indexOf('让产业链在县里扎根')).toBeLessThan(page.body.indexOf('留住年轻人'))
    expect(page.body).toContain(`<link rel="canonical" href="${server.url}/articles/${site.slugs.article}"`)
    expect(page.body).toContain('property="og:type" content="article"')
  })

  it('should render statement, person and reporter pages', async () => {
    const statement = await get(`/statements/${site.ids.first}`)
    expect(statement.status).toBe(200)
    expect(statement.body).toContain('今年我们将新建两个产业园')
    expect(statement.body).toContain('代表委员谈县域经济高质量发展')
    const person = await get(`/people/${site.slugs.delegate}`)
    expect(person.status).toBe(200)
    expect(person.body).toContain('青山县委书记')
    expect(person.body).toContain('让产业链在县里扎根')
    const reporter = await get(`/reporters/${site.slugs.reporter}`)
    expect(reporter.status).toBe(200)
    expect(reporter.body).toContain('代表委员谈县域经济高质量发展')
  })

  it('should answer 404 for drafts, scheduled pieces, unpublished statements and unknown slugs', async () => {
    for (const path of [`/articles/${site.slugs.draft}`, `/articles/${site.slugs.scheduled}`, `/statements/${site.ids.pending}`, '/articles/no-such-piece', '/statements/abc', '/people/nobody', `/ninjs/articles/${site.slugs.draft}`, '/page/0', '/page/x', '/page/99'])
      expect((await get(path)).status, path).toBe(404)
  })

  it('should serve the home page from the cache, and move an old `/?page=2` link to /page/2', async () => {
    await get('/')
    expect((await get('/')).cache, 'the home page is served from the cache').toBe('HIT')
    const old = await get('/?page=2')
    expect(old.status).toBe(308)
    expect(new URL((await fetch(`${server.url}/?page=2`, { redirect: 'manual' })).headers.get('location')!, server.url).pathname).toBe('/page/2')
    const first = await fetch(`${server.url}/page/1`, { redirect: 'manual' })
    expect(first.status).toBe(308)
    expect(new URL(first.headers.get('location')!, server.url).pathname).toBe('/')
  })

  it('should answer the lean REST lists with the same JSON as Payload for the fields they return', async () => {
    for (const [collection, omitted] of [['articles', ['intro', 'outro', 'statements', 'corrections']], ['statements', ['body', 'stage', 'provenance']]] as const) {
      const lean = (await (await fetch(`${server.url}/api/${collection}/published?limit=50`)).json()) as { docs: Record<string, unknown>[]; totalDocs: number }
      const full = (await (await fetch(`${server.url}/api/${collection}?depth=0&sort=-publishedAt&limit=50`)).json()) as { docs: Record<string, unknown>[]; totalDocs: number }
      expect(lean.totalDocs, collection).toBe(full.totalDocs)
      // The fixture is smaller than a page: both hold every published piece (ties in publishedAt may order apart).
      const byId = new Map(full.docs.map((doc) => [doc.id, doc]))
      expect(lean.docs.map((d) => d.id).sort(), collection).toEqual([...byId.keys()].sort())
      expect(lean.docs.length, collection).toBeGreaterThan(0)
      for (const doc of lean.docs) {
        for (const field of omitted) expect(doc, `${collection} ${field}`).not.toHaveProperty(field)
        expect(doc, collection).toEqual(Object.fromEntries(Object.keys(doc).map((key) => [key, byId.get(doc.id)![key]])))
      }
    }
  })

  it('should keep a retracted article at its URL with the notice, and out of every list', async () => {
    const page = await get(`/articles/${site.slugs.retracted}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain('本文已撤回')
    expect(page.body).toContain('引语核实有误')
    for (const path of ['/', '/feeds/rss.xml', '/sitemap.xml', '/news-sitemap.xml', '/api/articles/published']) expect((await get(path)).body, path).not.toContain(site.slugs.retracted)
  })

  it('should keep every unpublished marker out of every page, feed, sitemap and ninjs document', async () => {
    for (const path of publicPaths()) {
      const { body } = await get(path)
      const found = Object.values(site.MARK).filter((mark) => body.includes(mark))
      expect(found, `${path} leaked ${found.join(', ')}`).toEqual([])
    }
  })

  it('should carry NewsArticle JSON-LD with the writers as authors and the photographer as contributor', async () => {
    const [data] = jsonLdOf((await get(`/articles/${site.slugs.article}`)).body)
    expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: '代表委员谈县域经济高质量发展', inLanguage: 'zh-CN' })
    expect(data.author.map((a: { name: string }) => a.name)).toEqual(['林晓', '周文'])
    expect(data.contributor.map((a: { name: string }) => a.name)).toEqual(['陈光'])
    expect(data.publisher).toMatchObject({ '@type': 'NewsMediaOrganization' })
    expect(Date.parse(data.datePublished)).not.toBeNaN()
  })

  it('should serve RSS 2.0, Atom and JSON Feed 1.1 that parse, for the site, a delegate and a reporter', async () => {
    for (const owner of ['', `/people/${site.slugs.delegate}`, `/reporters/${site.slugs.reporter}`]) {
      const rss = await get(`${owner}/feeds/rss.xml`)
      expect(rss.type).toContain('application/rss+xml')
      const channel = parseXml(rss.body).rss.channel
      const rssItems = [channel.item].flat()
      expect(rssItems.length, owner).toBeGreaterThan(0)
      const atom = parseXml((await get(`${owner}/feeds/atom.xml`)).body).feed
      expect([atom.entry].flat().length).toBe(rssItems.length)
      const json = JSON.parse((await get(`${owner}/feeds/feed.json`)).body)
      expect(json.version).toBe('https://jsonfeed.org/version/1.1')
      expect(json.items.length).toBe(rssItems.length)
    }
    const site_ = JSON.parse((await get('/feeds/feed.json')).body)
    expect(site_.items[0]).toMatchObject({ title: '代表委员谈县域经济高质量发展', url: `${server.url}/articles/${site.slugs.article}` })
    expect(site_.items[0].authors.map((a: { name: string }) => a.name)).toEqual(['林晓', '周文', '陈光'])
    const person = JSON.parse((await get(`/people/${site.slugs.delegate}/feeds/feed.json`)).body)
    expect(person.items[0].title).toBe('王建国（省人大代表，青山县委书记）：让产业链在县里扎根')
  })

  it('should serve ninjs 2.1 for an article and a statement', async () => {
    const article = JSON.parse((await get(`/ninjs/articles/${site.slugs.article}`)).body)
    expect(article).toMatchObject({ $standard: { name: 'ninjs', version: '2.1' }, type: 'composite', language: 'zh-CN', pubstatus: 'usable' })
    expect(article.headlines[0].value).toBe('代表委员谈县域经济高质量发展')
    expect(article.associations.map((a: { headlines: { value: string }[] }) => a.headlines[0]!.value)).toEqual(['让产业链在县里扎根', '留住年轻人'])
    const statement = JSON.parse((await get(`/ninjs/statements/${site.ids.first}`)).body)
    expect(statement.people[0]).toMatchObject({ rel: 'speaker', name: '省人大代表 青山县委书记 王建国' })
    expect(statement.bodies[0].value).toContain('<p')
  })

  it('should list public pages in the sitemaps and point robots.txt at them', async () => {
    const sitemap = parseXml((await get('/sitemap.xml')).body)
    const locs = [sitemap.urlset.url].flat().map((u: { loc: string }) => u.loc)
    expect(locs).toContain(`${server.url}/articles/${site.slugs.article}`)
    expect(locs).toContain(`${server.url}/statements/${site.ids.first}`)
    expect(locs).toContain(`${server.url}/people/${site.slugs.delegate}`)
    expect(locs).toContain(`${server.url}/reporters/${site.slugs.correspondent}`)
    const news = parseXml((await get('/news-sitemap.xml')).body)
    expect([news.urlset.url].flat()[0]['news:news']['news:title']).toBe('代表委员谈县域经济高质量发展')
    expect((await get('/robots.txt')).body).toContain(`Sitemap: ${server.url}/news-sitemap.xml`)
  })

  it('should show a correction on the first request after it is published', async () => {
    const path = `/articles/${site.slugs.article}`
    await get(path)
    expect((await get(path)).cache, 'the article page is served from the cache').toBe('HIT')
    const response = await asEditor(`/api/articles/${site.ids.article}`, {
      method: 'PATCH',
      body: JSON.stringify({ dek: `更正后的导语 ${site.run}`, corrections: [{ date: new Date().toISOString(), note: '原稿人名有误，已更正' }] }),
    })
    expect(response.status).toBe(200)
    const page = await get(path)
    expect(page.body).toContain(`更正后的导语 ${site.run}`)
    expect(page.body).toContain('原稿人名有误，已更正')
    expect(JSON.stringify(jsonLdOf(page.body)[0].correction)).toContain('原稿人名有误')
    expect((await get('/feeds/rss.xml')).body).toContain(`更正后的导语 ${site.run}`)
  })

  it('should show a newly published piece, and a scheduled one, on the first request after publishing', async () => {
    const fresh = await payload.create({
      collection: 'articles',
      data: { title: `新发布 ${site.run}`, slug: `fresh-${site.run}`, intro: lexical('第一次请求就能看到') },
      user: site.editor,
      overrideAccess: false,
    })
    expect((await get(`/articles/${fresh.slug}`)).status).toBe(404) // and cached as such
    await asEditor(`/api/articles/${fresh.id}`, { method: 'PATCH', body: JSON.stringify({ stage: 'published' }) })
    const page = await get(`/articles/${fresh.slug}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain('第一次请求就能看到')
    expect((await get('/')).body).toContain(`新发布 ${site.run}`)
    expect((await get('/api/articles/published')).body).toContain(`新发布 ${site.run}`)

    // Scheduled: the jobs queue publishes it (here through the server's run endpoint).
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: site.ids.scheduled }, user: { relationTo: 'users', value: site.editor.id } },
      waitUntil: new Date(Date.now() + 1500),
    })
    expect((await get(`/articles/${site.slugs.scheduled}`)).status).toBe(404)
    await new Promise((resolve) => setTimeout(resolve, 1600))
    expect((await asEditor('/api/payload-jobs/run')).status).toBe(200) // unless the server's own cron was first
    const scheduled = await get(`/articles/${site.slugs.scheduled}`)
    expect(scheduled.status).toBe(200)
    expect(scheduled.body).toContain(site.MARK.scheduled)
  })

  it('should drop an unpublished piece and show a retraction notice on the first request', async () => {
    const make = async (name: string) => {
      const doc = await payload.create({
        collection: 'articles',
        data: { title: `${name} ${site.run}`, slug: `${name}-${site.run}`, intro: lexical(`${name}正文`) },
        user: site.editor,
        overrideAccess: false,
      })
      await asEditor(`/api/articles/${doc.id}`, { method: 'PATCH', body: JSON.stringify({ stage: 'published' }) })
      expect((await get(`/articles/${doc.slug}`)).status).toBe(200)
      expect((await get(`/articles/${doc.slug}`)).cache).toBe('HIT')
      return doc
    }
    const unpublished = await make('chehui')
    await asEditor(`/api/articles/${unpublished.id}`, { method: 'PATCH', body: JSON.stringify({ stage: 'approved' }) })
    expect((await get(`/articles/${unpublished.slug}`)).status).toBe(404)
    expect((await get('/feeds/atom.xml')).body).not.toContain(unpublished.slug!)
    expect((await get('/api/articles/published')).body).not.toContain(unpublished.slug!)

    const retracted = await make('quxiao')
    await asEditor(`/api/articles/${retracted.id}`, { method: 'PATCH', body: JSON.stringify({ stage: 'retracted', retraction: { reason: '当事人否认' } }) })
    const page = await get(`/articles/${retracted.slug}`)
    expect(page.body).toContain('当事人否认')
    expect(page.body).not.toContain('quxiao正文')
    expect((await get('/')).body).not.toContain(retracted.slug!)
  })

  it('should let staff preview a draft and never the public', async () => {
    const path = `/preview?path=/articles/${site.slugs.draft}`
    expect((await get(path)).status).toBe(404)
    const entered = await asEditor(path, { redirect: 'manual' })
    expect(entered.status).toBe(307)
    const cookie = entered.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
    const preview = await asEditor(`/articles/${site.slugs.draft}`, { headers: { cookie } })
    expect(await preview.text()).toContain(site.MARK.draft)
    // The draft-mode cookie alone, without the staff session, shows nothing unpublished.
    const anonymous = await fetch(`${server.url}/articles/${site.slugs.draft}`, { headers: { cookie } })
    expect(anonymous.status).toBe(404)
  })

  it('should revalidate a cached page when the server jobs cron publishes on schedule', { timeout: 100_000 }, async () => {
    const path = `/articles/${site.slugs.article}`
    const dek = `定时发布的新导语 ${site.run}`
    await get(path)
    expect((await get(path)).cache).toBe('HIT')
    await payload.update({ collection: 'articles', id: site.ids.article, data: { dek }, draft: true, user: site.editor, overrideAccess: false })
    expect((await get(path)).body).not.toContain(dek) // a pending draft: the public page is unchanged
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: site.ids.article }, user: { relationTo: 'users', value: site.editor.id } },
      waitUntil: new Date(),
    })
    const deadline = Date.now() + 90_000
    let body = ''
    while (Date.now() < deadline && !body.includes(dek)) {
      await new Promise((resolve) => setTimeout(resolve, 2000))
      body = (await get(path)).body
    }
    const published = JSON.parse((await get(`/api/articles/${site.ids.article}?depth=0`)).body)
    expect(published.dek, `REST; server log:\n${server.output().slice(-3000)}`).toBe(dek)
    expect(body).toContain(dek)
  })
})
