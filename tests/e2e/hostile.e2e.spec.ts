import { XMLParser } from 'fast-xml-parser'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { commitImport } from '../../src/import/commitImport'
import { closeBrowserSession, launchBrowser, screenshot } from '../helpers/browser'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { createStaff, logInBrowser } from '../helpers/staff'
import { startServer, type TestServer } from '../helpers/testServer'

// A roundup whose text carries a tag that would run if rendered as HTML, a javascript: link and
// a control character. (A paste with two or more tags is HTML source and is stripped to text
// on import instead; tests/int/import.int.spec.ts covers that.)
const HOSTILE = [
  '# 恶意标题测试<img src=x onerror="window.__pwned=1">',
  '## 小标题 javascript:window.__pwned=2',
  '省人大代表、某县委书记 赵明',
  '我们要把生态保护放在首位。详见javascript:window.__pwned=4\u0007。',
  '(记者 王芳)',
].join('\n\n')

describe('hostile pastes stay inert everywhere they are shown', () => {
  let env: TestPayload
  let server: TestServer
  let browser: Browser
  let slug: string
  let importId: number

  beforeAll(async () => {
    env = await getTestPayload()
    const { payload } = env
    const reporter = await createStaff(payload, 'reporter')
    const editor = await createStaff(payload, 'editor')
    const paste = await payload.create({ collection: 'imports', data: { rawText: HOSTILE }, user: reporter, overrideAccess: false })
    importId = paste.id
    const { createLocalReq } = await import('payload')
    const { article } = await commitImport({ req: await createLocalReq({ user: reporter }, payload), id: paste.id })
    const asEditor = { user: editor, overrideAccess: false } as const
    const statements = await payload.find({ collection: 'statements', where: { article: { equals: article } }, depth: 0 })
    for (const statement of statements.docs) await payload.update({ collection: 'statements', id: statement.id, data: { stage: 'approved' }, ...asEditor })
    const published = await payload.update({ collection: 'articles', id: article, data: { stage: 'published' }, ...asEditor })
    slug = published.slug!
    server = await startServer({ databaseUrl: env.databaseUrl })
    browser = await launchBrowser()
  })
  afterAll(() => closeBrowserSession({ browser, server, env }))

  /** A page that records any dialog and whether a planted script ever ran. */
  const watched = async () => {
    const page = await browser.newPage({ locale: 'zh-CN' })
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    return { page, dialogs, pwned: () => page.evaluate(() => (window as { __pwned?: number }).__pwned ?? null) }
  }

  it('should show the markup as text on the import review screen and run none of it', async () => {
    const { page, dialogs, pwned } = await watched()
    await logInBrowser(page, server.url, 'reporter@example.com')
    await page.goto(`${server.url}/admin/collections/imports/${importId}`)
    await page.locator('.nr-review').getByText('<img src=x onerror=', { exact: false }).first().waitFor()
    await screenshot(page, 'hostile-review')
    expect(await page.locator('.nr-review img[src="x"]').count()).toBe(0)
    expect(await pwned()).toBeNull()
    expect(dialogs).toEqual([])
    await page.close()
  })

  it('should print the markup as text on the public article page and run none of it', async () => {
    const { page, dialogs, pwned } = await watched()
    await page.goto(`${server.url}/articles/${slug}`)
    await expect(page.locator('h1').textContent()).resolves.toContain('<img src=x onerror=')
    expect(await page.locator('img[src="x"], a[href^="javascript:"]').count()).toBe(0)
    expect(await page.locator('main').textContent()).not.toContain('\u0007') // the splitter drops control characters
    await screenshot(page, 'hostile-article')
    expect(await pwned()).toBeNull()
    expect(dialogs).toEqual([])
    await page.close()
  })

  it('should carry it in the feeds as text, never as markup', async () => {
    const rss = await (await fetch(`${server.url}/feeds/rss.xml`)).text()
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(rss)
    const item = [parsed.rss.channel.item].flat()[0]
    expect(item.title).toBe('恶意标题测试<img src=x onerror="window.__pwned=1">')
    expect(item.img).toBeUndefined()
    const json = await (await fetch(`${server.url}/feeds/feed.json`)).json()
    expect(json.items[0].title).toBe('恶意标题测试<img src=x onerror="window.__pwned=1">')
  })
})
