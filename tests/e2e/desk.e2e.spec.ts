import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../helpers/bigPaste'
import { closeBrowserSession, launchBrowser, screenshot } from '../helpers/browser'
import { createStaff, logInBrowser } from '../helpers/staff'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'

// Issue 15, polish: the paper's login page and dashboard, the desk's screens in Chinese and in
// English, readable lists, one date format, a duplicate paste pointing at the first import.
describe('the desk in Chromium, in Chinese and in English', () => {
  let env: TestPayload
  let server: TestServer
  let browser: Browser
  let importId: number

  beforeAll(async () => {
    env = await getTestPayload()
    const reporter = await createStaff(env.payload, 'reporter')
    const created = await env.payload.create({ collection: 'imports', data: { rawText: seed }, user: reporter, overrideAccess: false })
    importId = created.id
    // The desk's home has something to show: one piece in review, one returned with a note.
    const editor = await createStaff(env.payload, 'editor')
    const as = (user: typeof reporter) => ({ user, overrideAccess: false as const })
    const waiting = await env.payload.create({ collection: 'articles', data: { title: '等待审核的稿件' }, ...as(reporter) })
    await env.payload.update({ collection: 'articles', id: waiting.id, data: { stage: 'in_review' }, ...as(reporter) })
    const returned = await env.payload.create({ collection: 'articles', data: { title: '被退回的稿件' }, ...as(reporter) })
    await env.payload.update({ collection: 'articles', id: returned.id, data: { stage: 'in_review' }, ...as(reporter) })
    await env.payload.update({ collection: 'articles', id: returned.id, data: { stage: 'draft', reviewNote: '第三段引语请核对原话' }, ...as(editor) })
    server = await startServer({ databaseUrl: env.databaseUrl })
    browser = await launchBrowser()
  })
  afterAll(() => closeBrowserSession({ browser, server, env }))

  const open = async (language: 'zh' | 'en'): Promise<Page> => {
    const context = await browser.newContext({ locale: language === 'zh' ? 'zh-CN' : 'en-US', viewport: { width: 1440, height: 1000 } })
    await context.addCookies([{ name: 'payload-lng', value: language, url: server.url }])
    return context.newPage()
  }

  it('should brand the login page for the paper', async () => {
    const page = await open('zh')
    await page.goto(`${server.url}/admin/login`)
    await expect(page.locator('.nr-logo__name').textContent()).resolves.toBe('新闻编辑部')
    await expect(page.locator('.nr-before-login').textContent()).resolves.toContain('用报社分配的账号登录')
    await screenshot(page, 'desk-login-zh')
    await page.context().close()
  })

  for (const language of ['zh', 'en'] as const) {
    it(`should open the desk's dashboard and the review screen in ${language}`, async () => {
      const words =
        language === 'zh'
          ? { newImport: '新建导入', entries: '分段', all: '全部', punctuation: '标点' }
          : { newImport: 'New import', entries: 'Entries', all: 'All', punctuation: 'Punctuation' }
      const page = await open(language)
      await logInBrowser(page, server.url, 'reporter@example.com')
      await page.goto(`${server.url}/admin`)
      const start = page.locator('.nr-desk a', { hasText: words.newImport })
      await start.waitFor({ state: 'visible' })
      // The desk's home: the reporter's pieces with their stages, the return with the editor's note, counts in the nav.
      const mine = page.locator('.nr-home [data-queue="mine"]')
      await mine.waitFor({ state: 'visible' })
      await expect(mine.textContent()).resolves.toContain('等待审核的稿件')
      await expect(mine.textContent()).resolves.toContain(language === 'zh' ? '待审' : 'In review')
      await expect(page.locator('.nr-home [data-queue="returned"]').textContent()).resolves.toContain('第三段引语请核对原话')
      await expect(page.locator('.nr-nav-counts').textContent()).resolves.toContain(language === 'zh' ? '我的稿件' : 'My pieces')
      await screenshot(page, `desk-dashboard-${language}`)

      // The imports list: counts as words, dates as the desk writes them.
      await page.goto(`${server.url}/admin/collections/imports`)
      const counts = page.locator('.nr-import-counts').first()
      await counts.waitFor({ state: 'visible' })
      expect(await counts.textContent()).toBe(language === 'zh' ? '7 段 · 274 处修复 · 2 条提示' : '7 entries · 274 repairs · 2 warnings')
      // (Payload writes 加载中... until its date-fns locale has loaded.)
      await expect.poll(() => page.locator('td.cell-createdAt').first().textContent(), { timeout: 15_000 }).toMatch(language === 'zh' ? /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/ : /^[A-Z][a-z]+ \d{1,2}(st|nd|rd|th), \d{4} \d{2}:\d{2}$/)
      await screenshot(page, `desk-imports-list-${language}`)

      await page.goto(`${server.url}/admin/collections/imports/${importId}`)
      await page.locator('.nr-review__card').first().waitFor({ state: 'visible' })
      expect(await page.locator('.nr-review__count dt').first().textContent()).toBe(words.entries)
      await expect(page.locator('.nr-source__kind').first().textContent()).resolves.toContain(words.all)
      await expect(page.locator('.nr-source__kinds').textContent()).resolves.toContain(words.punctuation)
      await screenshot(page, `desk-import-review-${language}`)
      await page.context().close()
    }, 120_000)
  }

  it('should point a duplicate paste at the first import before it is saved', async () => {
    const page = await open('zh')
    await logInBrowser(page, server.url, 'reporter@example.com')
    await page.goto(`${server.url}/admin/collections/imports/create`)
    await page.fill('#field-rawText', seed)
    const link = page.locator('a.nr-paste__existing')
    await link.waitFor({ state: 'visible' })
    expect(await link.textContent()).toBe(`打开导入记录 #${importId}`)
    await screenshot(page, 'desk-duplicate-paste')
    expect(await link.getAttribute('href')).toBe(`/admin/collections/imports/${importId}`)
    await page.context().close()
  }, 120_000)
})
