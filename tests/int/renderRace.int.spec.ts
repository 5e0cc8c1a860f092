import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { restToken } from '../helpers/staff'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { lexical, seedSite } from './siteFixture'

/**
 * A page render that read an article before a correction committed, and stores its HTML after
 * the correction's revalidation, must not stay cached: Next stamps the entry with the time it
 * was stored, so the revalidation has to be repeated once that render is done. The render is
 * held mid-way deterministically: it reads the article, then waits on a locked table.
 */
describe('a correction committed while the page is being rendered', () => {
  let env: TestPayload
  let server: TestServer
  let token: string
  let article: { id: number; slug: string }

  beforeAll(async () => {
    env = await getTestPayload()
    const site = await seedSite(env.payload, env.databaseUrl)
    const as = { user: site.editor, overrideAccess: false as const }
    // No byline of its own and one statement with a byline: rendering its page reads the
    // article and the statement, then the reporter; saving the article reads no reporter.
    const reporter = (await env.payload.find({ collection: 'reporters', limit: 1 })).docs[0]!
    const created = await env.payload.create({ collection: 'articles', data: { title: '更正竞态', slug: `race-${site.run}`, dek: 'OLDDEK' }, ...as })
    await env.payload.create({
      collection: 'statements',
      data: { article: created.id, position: 0, headline: '发言', speakerName: '某人', body: lexical('正文'), bylines: [{ reporter: reporter.id, credit: 'reporter' }], stage: 'approved' },
      ...as,
    })
    await env.payload.update({ collection: 'articles', id: created.id, data: { stage: 'published' }, ...as })
    article = { id: created.id, slug: created.slug! }
    server = await startServer({ databaseUrl: env.databaseUrl })
    token = await restToken(server.url, site.editor.email)
  })
  afterAll(async () => {
    await server?.stop()
    await env?.cleanup()
  })

  const page = async () => {
    const response = await fetch(`${server.url}/articles/${article.slug}`, { signal: AbortSignal.timeout(30_000) })
    const html = await response.text()
    return html.includes('NEWDEK') ? 'new' : html.includes('OLDDEK') ? 'old' : `? ${response.status}`
  }

  it('should show the correction on every request after it returns, not the render begun before it', async () => {
    const lock = new pg.Client({ connectionString: env.databaseUrl })
    await lock.connect()
    await lock.query('BEGIN')
    await lock.query('LOCK TABLE reporters IN ACCESS EXCLUSIVE MODE')
    let rendering: Promise<string>
    try {
      rendering = page() // a cache miss: the render reads the article, then blocks on the lock
      await new Promise((resolve) => setTimeout(resolve, 1500))
      const correction = await fetch(`${server.url}/api/articles/${article.id}?depth=0`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ dek: 'NEWDEK', corrections: [{ date: new Date().toISOString(), note: '更正导语' }] }),
        signal: AbortSignal.timeout(15_000),
      })
      expect(correction.status).toBe(200)
    } finally {
      await lock.query('COMMIT')
      await lock.end()
    }
    // The held render finishes with what it read before the correction: that is fair for it.
    expect(await rendering).toBe('old')
    const after = [await page(), await page()]
    await new Promise((resolve) => setTimeout(resolve, 1000))
    after.push(await page())
    expect(after).toEqual(['new', 'new', 'new'])
  })
})
