import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ImportDraft } from '../../src/import/types'
import { ARTIFACTS_DIR, closeBrowserSession, launchBrowser, screenshot } from '../helpers/browser'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'

const seed = fs.readFileSync(path.resolve(import.meta.dirname, '../../../shared/fixtures/seed-roundup.txt'), 'utf8')
const PASSWORD = 'a long enough password'
const FIXED = '聚焦聚力乘势而上 推动县域经济高质量发展'
const FIXED_SECOND = '走出北区特色的高质量发展新路'

describe('the import review screen in Chromium: paste, review, fix, commit, publish', () => {
  let env: TestPayload
  let server: TestServer
  let browser: Browser
  let importId: number
  let articleId: number
  let speakerId: number
  /** The clicks of the shortest path a person takes, paste to page (issue 15: at most 8). */
  const clicks: string[] = []

  beforeAll(async () => {
    env = await getTestPayload()
    for (const role of ['reporter', 'editor'] as const) {
      await env.payload.create({ collection: 'users', data: { name: role, email: `${role}@example.com`, password: PASSWORD, roles: [role] } })
    }
    // Two people named 刘波: the first entry's speaker is then a choice for the reporter.
    const known = await env.payload.create({ collection: 'delegates', data: { name: '刘波', titles: [{ title: '大通县委书记' }] } })
    await env.payload.create({ collection: 'delegates', data: { name: '刘波', titles: [{ title: '某集团董事长' }] } })
    speakerId = known.id
    server = await startServer({ databaseUrl: env.databaseUrl })
    browser = await launchBrowser()
  })
  afterAll(() => closeBrowserSession({ browser, server, env }))

  const logIn = async (page: Page, role: string) => {
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', `${role}@example.com`)
    await page.fill('input[name="password"]', PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
  }
  const stored = async () => env.payload.findByID({ collection: 'imports', id: importId, depth: 0 })

  it('should let a reporter paste the seed, review it, fix a headline, save and commit', async () => {
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } })
    page.on('dialog', (dialog) => void dialog.accept())
    await logIn(page, 'reporter')

    await page.goto(`${server.url}/admin/collections/imports/create`)
    await page.fill('#field-rawText', seed)
    clicks.push('reporter: 保存 (the paste is split)')
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/imports\/\d+$/)
    importId = Number(new URL(page.url()).pathname.split('/').pop())

    // Seven cards, and every repair the splitter reported marked in the source (the paste stays text).
    const cards = page.locator('.nr-review__card')
    await cards.first().waitFor({ state: 'visible' })
    expect(await cards.count()).toBe(7)
    const doc = await stored()
    const repairs = doc.repairs as unknown[]
    expect(repairs.length).toBeGreaterThan(100)
    expect(await page.locator('.nr-source__text mark.nr-source__repair').count()).toBe(repairs.length)
    expect(await page.locator('.nr-source__text mark.nr-source__warning').count()).toBe((doc.warnings as unknown[]).length)
    expect(await page.locator('.nr-review__count dd').first().textContent()).toBe('7')

    // The speaker with two namesakes is shown as a choice; choosing one matches it.
    const first = cards.first()
    expect(await first.locator('.nr-review__speaker .nr-review__badge').textContent()).toBe('需选择')
    clicks.push('reporter: 对应人物 (the fixture has two people named 刘波)')
    await first.locator('select[aria-label="对应人物"]').selectOption(String(speakerId))
    expect(await first.locator('.nr-review__speaker .nr-review__badge').textContent()).toBe('已匹配')

    // A click pins a repair's before → after above the text.
    await page.locator('.nr-source__text mark.nr-source__repair--punctuation').first().click()
    await expect(page.locator('.nr-source__detail').textContent()).resolves.toMatch(/标点.*修复前.*→.*修复后/)
    await screenshot(page, 'import-review')
    await page.locator('.nr-review').scrollIntoViewIfNeeded()
    await page.evaluate(() => window.scrollBy(0, document.querySelector('.nr-review')!.getBoundingClientRect().top - 60))
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'import-review-viewport.png') })

    // Fix the first headline and save with the document's own Save button.
    const headline = cards.first().locator('.nr-review__headline')
    await headline.fill(FIXED)
    await page.locator('#action-save').click()
    // Saved once the form has the server's answer (an edit made before that would be replaced by it).
    await page.locator('[data-sonner-toast]').filter({ hasText: '更新成功' }).waitFor({ state: 'visible' })
    expect(((await stored()).split as ImportDraft).entries[0]?.headline).toBe(FIXED)
    expect((await stored()).rawText).toBe(seed)

    // An unsaved edit is saved by the Commit button itself before it commits.
    await cards.nth(1).locator('.nr-review__headline').fill(FIXED_SECOND)
    clicks.push('reporter: 提交为稿件 (commit: the article and its statements go to review)')
    await page.getByRole('button', { name: '提交为稿件' }).click()
    const link = page.locator('.nr-review__article-link')
    await link.waitFor({ state: 'visible', timeout: 30_000 })
    articleId = Number((await link.getAttribute('href'))!.split('/').pop())
    expect(articleId).toBeGreaterThan(0)
    expect(await page.locator('.nr-review__message').textContent()).toContain('已提交')
    // Committed: the draft is read-only.
    expect(await headline.isDisabled()).toBe(true)
    await screenshot(page, 'import-review-committed')
    await page.close()
  }, 180_000)

  it('should keep markup in a paste inert and offer to import text with no entries as one statement', async () => {
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } })
    await logIn(page, 'reporter')
    await page.goto(`${server.url}/admin/collections/imports/create`)
    const paste = '本报讯 今年以来，我市已完成老旧小区改造42个。\n\n<img src=x onerror="window.__pwned=1">居民说，出行方便了。\n\n下一步将继续加大投入。\n'
    await page.fill('#field-rawText', paste)
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/imports\/\d+$/)
    const id = Number(new URL(page.url()).pathname.split('/').pop())

    const source = page.locator('.nr-source__text')
    await expect(source.textContent()).resolves.toContain('<img src=x onerror=')
    expect(await source.locator('img').count()).toBe(0)
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()

    expect(await page.locator('.nr-review__card').count()).toBe(0)
    await page.getByRole('button', { name: '作为一条发言导入', exact: true }).click()
    expect(await page.locator('.nr-review__card').count()).toBe(1)
    await screenshot(page, 'import-review-one-statement')
    await page.locator('#action-save').click()
    await expect
      .poll(async () => ((await env.payload.findByID({ collection: 'imports', id, depth: 0 })).split as ImportDraft).entries[0]?.paragraphs.length, { timeout: 15_000 })
      .toBe(3)

    // 重新拆分 (after its confirmation) throws the edits away and shows the split of the paste again.
    page.on('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: '重新拆分' }).click()
    await page.waitForEvent('load')
    await page.locator('.nr-review__empty').waitFor({ state: 'visible' })
    expect(await page.locator('.nr-review__card').count()).toBe(0)
    expect(((await env.payload.findByID({ collection: 'imports', id, depth: 0 })).split as ImportDraft).entries).toHaveLength(0)
    await page.close()
  }, 180_000)

  it('should let an editor approve the article with its statements and publish it whole, from the sidebar', async () => {
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })
    await logIn(page, 'editor')
    // Every click a person makes on the way, reporter's and editor's: the count is the measure.
    const click = async (locator: ReturnType<Page['locator']>) => {
      clicks.push(`editor: ${await locator.first().textContent().catch(() => '?')}`)
      await locator.first().click()
    }
    // The desk's home lists the roundup under 待我审核: one click opens it.
    const queue = page.locator('.nr-home [data-queue="review"]')
    await queue.waitFor({ state: 'visible' })
    await screenshot(page, 'editor-dashboard')
    await click(queue.locator(`a[href="/admin/collections/articles/${articleId}"]`))
    const approve = page.getByRole('button', { name: '审核通过' })
    await approve.waitFor({ state: 'visible' })
    await page.waitForLoadState('networkidle')

    // In review with seven statements in review: no 立即发布, a checklist naming them instead.
    const checklist = page.locator('.nr-workflow__checklist')
    await checklist.waitFor({ state: 'visible' })
    expect(await checklist.textContent()).toContain('7 条发言还没有审核')
    expect(await checklist.locator('li').count()).toBe(7)
    expect(await page.getByRole('button', { name: '立即发布' }).count()).toBe(0)
    // Payload's own publish controls are gone: the workflow is the one publish path.
    expect(await page.locator('#action-save').count()).toBe(0)
    await screenshot(page, 'editor-article-in-review')

    // An unsaved edit, then 审核通过: the edit is saved first, and the approval holds (autosave does not knock it back).
    await page.fill('#field-dek', '七位代表谈政府工作报告')
    await click(approve)
    await page.getByText('流程：已审核').waitFor({ timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    const statements = async () =>
      (await env.payload.find({ collection: 'statements', where: { article: { equals: articleId } }, draft: true, sort: 'position', depth: 0, pagination: false })).docs
    expect((await statements()).map((doc) => doc.stage)).toEqual(Array(7).fill('approved'))
    const approved = await env.payload.findByID({ collection: 'articles', id: articleId, draft: true, depth: 0 })
    expect(approved).toMatchObject({ stage: 'approved', dek: '七位代表谈政府工作报告' })
    await page.locator('.nr-workflow__summary').waitFor({ state: 'visible' })
    expect(await page.locator('.nr-workflow__summary').textContent()).toContain('一并发布 7 条')
    await page.locator('.nr-workflow__schedule').waitFor({ state: 'visible' })
    expect(await page.locator('.nr-workflow__schedule select').last().inputValue()).toBe('Asia/Shanghai')
    await screenshot(page, 'editor-article-approved')

    await click(page.getByRole('button', { name: '立即发布' }))
    await page.getByText('流程：已发布').waitFor({ timeout: 30_000 })
    expect((await statements()).map((doc) => doc.stage)).toEqual(Array(7).fill('published'))

    // Publicly, with no login: the article's statements, the first with the fixed headline.
    const response = await fetch(`${server.url}/api/statements?where[article][equals]=${articleId}&sort=position&limit=20&depth=0`)
    const published = (await response.json()) as { docs: { headline: string | null; speaker: number | null }[] }
    expect(published.docs).toHaveLength(7)
    expect(published.docs[0]!.headline).toBe(FIXED)
    expect(published.docs[1]!.headline).toBe(FIXED_SECOND)
    expect(published.docs[0]!.speaker).toBe(speakerId)

    // The public page shows every statement.
    const article = (await (await fetch(`${server.url}/api/articles/${articleId}?depth=0`)).json()) as { slug: string }
    const visit = await page.goto(`${server.url}/articles/${article.slug}`)
    expect(visit?.status()).toBe(200)
    await expect(page.locator('main').textContent()).resolves.toContain(FIXED)
    expect(await page.locator('.statement').count()).toBe(7)
    await screenshot(page, 'import-published-article')
    console.log(`paste → published, reporter and editor together: ${clicks.length} clicks\n  ${clicks.join('\n  ')}`)
    expect(clicks.length).toBeLessThanOrEqual(8)
    await page.close()
  }, 180_000)
})
