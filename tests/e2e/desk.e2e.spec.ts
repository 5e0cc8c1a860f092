import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { toLexical } from '../../src/import/toLexical'
import { seed } from '../helpers/bigPaste'
import { ARTIFACTS_DIR, closeBrowserSession, launchBrowser, screenshot } from '../helpers/browser'
import { createStaff, logInBrowser } from '../helpers/staff'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'

// Issue 15, polish: the paper's login page and dashboard, the desk's screens in Chinese and in
// English, readable lists, one date format, a duplicate paste pointing at the first import.
// Review in context: the bell, notes on the review screen, the diff since approval.
describe('the desk in Chromium, in Chinese and in English', () => {
  let env: TestPayload
  let server: TestServer
  let browser: Browser
  let importId: number
  let reporter: Awaited<ReturnType<typeof createStaff>>
  let editor: Awaited<ReturnType<typeof createStaff>>
  let changedId: number
  let scheduledId: number
  let scheduledJob: number | string

  beforeAll(async () => {
    env = await getTestPayload()
    reporter = await createStaff(env.payload, 'reporter')
    const created = await env.payload.create({ collection: 'imports', data: { rawText: seed }, user: reporter, overrideAccess: false })
    importId = created.id
    // The desk's home has something to show: one piece in review, one returned with a note.
    editor = await createStaff(env.payload, 'editor')
    const as = (user: typeof reporter) => ({ user, overrideAccess: false as const })
    const waiting = await env.payload.create({ collection: 'articles', data: { title: '等待审核的稿件' }, ...as(reporter) })
    await env.payload.update({ collection: 'articles', id: waiting.id, data: { stage: 'in_review' }, ...as(reporter) })
    const returned = await env.payload.create({ collection: 'articles', data: { title: '被退回的稿件' }, ...as(reporter) })
    await env.payload.update({ collection: 'articles', id: returned.id, data: { stage: 'in_review' }, ...as(reporter) })
    await env.payload.update({ collection: 'articles', id: returned.id, data: { stage: 'draft', reviewNote: '第三段引语请核对原话' }, ...as(editor) })
    // Approved, returned, then its second paragraph edited by the reporter: the diff has one row.
    const intro = ['开篇第一段不变。', '今年全省地区生产总值增长百分之五，居民收入稳步提高。']
    const changed = await env.payload.create({ collection: 'articles', data: { title: '审核后又改过的稿件', dek: '导语不变', intro: toLexical(intro) }, ...as(reporter) })
    changedId = changed.id
    await env.payload.update({ collection: 'articles', id: changedId, data: { stage: 'in_review' }, ...as(reporter) })
    await env.payload.update({ collection: 'articles', id: changedId, data: { stage: 'approved' }, ...as(editor) })
    await env.payload.update({ collection: 'articles', id: changedId, data: { stage: 'draft', reviewNote: '增长数字请按统计公报核对' }, ...as(editor) })
    const edited = [intro[0]!, '今年全省地区生产总值增长百分之五点二，城乡居民收入稳步提高。']
    await env.payload.update({ collection: 'articles', id: changedId, data: { intro: toLexical(edited) }, draft: true, ...as(reporter) })
    // An approved piece with a publish queued for 2026年12月2日 08:08 (Asia/Shanghai) next year.
    const scheduled = await env.payload.create({ collection: 'articles', data: { title: '预约发布的稿件' }, ...as(editor) })
    await env.payload.update({ collection: 'articles', id: scheduled.id, data: { stage: 'in_review' }, ...as(editor) })
    await env.payload.update({ collection: 'articles', id: scheduled.id, data: { stage: 'approved' }, ...as(editor) })
    scheduledId = scheduled.id
    const year = new Date().getUTCFullYear() + 1
    const job = await env.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: scheduled.id }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date(`${year}-12-02T00:08:00.000Z`),
    })
    scheduledJob = job.id
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

  it('should show the editor an unread count on the bell after a reporter submits', async () => {
    const piece = await env.payload.create({ collection: 'articles', data: { title: '刚提交的稿件' }, user: reporter, overrideAccess: false })
    await env.payload.update({ collection: 'articles', id: piece.id, data: { stage: 'in_review' }, user: reporter, overrideAccess: false })
    const { totalDocs: unread } = await env.payload.count({ collection: 'notifications', where: { read: { equals: false } }, user: editor, overrideAccess: false })
    expect(unread).toBeGreaterThan(0)
    const page = await open('zh')
    await logInBrowser(page, server.url, 'editor@example.com')
    await page.goto(`${server.url}/admin`)
    const count = page.locator('.nr-bell__count')
    await count.waitFor({ state: 'visible' })
    expect(await count.textContent()).toBe(String(unread))
    await page.locator('.nr-bell__button').click()
    await expect(page.locator('.nr-bell__panel').textContent()).resolves.toContain('刚提交的稿件')
    await screenshot(page, 'desk-bell-zh')
    await page.context().close()
  }, 120_000)

  it("should show the reporter the note an editor writes on the review screen, before the import is committed", async () => {
    const note = '第二位代表的职务与名单不符，请核对'
    const editorPage = await open('zh')
    await logInBrowser(editorPage, server.url, 'editor@example.com')
    await editorPage.goto(`${server.url}/admin/collections/imports/${importId}`)
    const box = editorPage.locator('.nr-review .nr-notes')
    await box.locator('textarea').fill(note)
    await box.locator('button', { hasText: '添加批注' }).click()
    await box.locator('.nr-notes__body', { hasText: note }).waitFor({ state: 'visible' })
    await editorPage.context().close()

    for (const language of ['zh', 'en'] as const) {
      const page = await open(language)
      await logInBrowser(page, server.url, 'reporter@example.com')
      await page.goto(`${server.url}/admin/collections/imports/${importId}`)
      const notes = page.locator('.nr-review .nr-notes')
      await notes.locator('.nr-notes__body', { hasText: note }).waitFor({ state: 'visible' })
      expect(await notes.locator('.nr-notes__meta').first().textContent()).toMatch(/^editor · /)
      expect(await notes.locator('.nr-notes__heading').textContent()).toBe(language === 'zh' ? '编辑批注' : "Editors' notes")
      await notes.scrollIntoViewIfNeeded()
      await notes.screenshot({ path: path.join(ARTIFACTS_DIR, `desk-review-notes-${language}.png`) })
      await page.context().close()
    }
  }, 180_000)

  for (const language of ['zh', 'en'] as const) {
    it(`should show the editor the paragraph edited after approval, old beside new, in the article's edit view (${language})`, async () => {
      const page = await open(language)
      await logInBrowser(page, server.url, 'editor@example.com')
      await page.goto(`${server.url}/admin/collections/articles/${changedId}`)
      const changes = page.locator('.nr-changes')
      await changes.waitFor({ state: 'visible' })
      expect(await changes.locator('.nr-changes__heading').textContent()).toBe(language === 'zh' ? '审核通过后的改动' : 'Changes since approval')
      // Only the intro changed, one paragraph of it: the approved text left, the new right, new words marked.
      expect(await changes.locator('table').evaluateAll((tables) => tables.map((table) => table.getAttribute('data-field')))).toEqual(['intro'])
      const row = changes.locator('.nr-changes__row')
      expect(await row.count()).toBe(1)
      expect(await row.locator('.nr-changes__side--before').textContent()).toBe('今年全省地区生产总值增长百分之五，居民收入稳步提高。')
      expect(await row.locator('.nr-changes__side--after').textContent()).toBe('今年全省地区生产总值增长百分之五点二，城乡居民收入稳步提高。')
      expect((await row.locator('.nr-changes__side--after ins').allTextContents()).join('')).toMatch(/二.*城乡/)
      expect(await row.locator('.nr-changes__at').textContent()).toBe(language === 'zh' ? '第 2 段' : 'Paragraph 2')
      // The sidebar: the workflow panel, and one notes box holding the return's note.
      await expect(page.locator('.nr-notes__returned').textContent()).resolves.toContain('增长数字请按统计公报核对')
      expect(await page.locator('textarea#field-reviewNote').count()).toBe(0)
      await screenshot(page, `desk-article-${language}`)
      await page.locator('.document-fields__sidebar').screenshot({ path: path.join(ARTIFACTS_DIR, `desk-article-sidebar-${language}.png`) })
      await page.context().close()
    }, 120_000)
  }
  it("should list a piece's scheduled publish in the workflow panel and cancel it there", async () => {
    const page = await open('zh')
    await logInBrowser(page, server.url, 'editor@example.com')
    await page.goto(`${server.url}/admin/collections/articles/${scheduledId}`)
    const pending = page.locator('.nr-workflow [data-schedules]')
    await pending.waitFor({ state: 'visible' })
    const year = new Date().getUTCFullYear() + 1
    expect(await pending.locator('.nr-workflow__pending-time').textContent()).toBe(`${year}年12月2日 08:08`)
    await screenshot(page, 'desk-workflow-schedule-zh')
    await pending.locator('button', { hasText: '取消预约' }).click()
    await pending.waitFor({ state: 'detached' })
    const job = await env.payload.findByID({ collection: 'payload-jobs', id: scheduledJob })
    expect(job).toMatchObject({ hasError: true, error: { cancelled: true } })
    await page.context().close()
  }, 120_000)
})
