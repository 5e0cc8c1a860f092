import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bigPaste, seed } from '../helpers/bigPaste'
import { ARTIFACTS_DIR, closeBrowserSession, launchBrowser, screenshot } from '../helpers/browser'
import { createStaff, logInBrowser } from '../helpers/staff'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'

// Issue 15: the paste screen (major 5: one 2 MB limit, stated, checked in the browser before
// upload, splitting shown) and the source pane of the review (major 4 and the repairs by kind).
describe('the paste screen and the source pane in Chromium', () => {
  let env: TestPayload
  let server: TestServer
  let browser: Browser

  beforeAll(async () => {
    env = await getTestPayload()
    await createStaff(env.payload, 'reporter')
    server = await startServer({ databaseUrl: env.databaseUrl })
    browser = await launchBrowser()
  })
  afterAll(() => closeBrowserSession({ browser, server, env }))

  const imports = async () => (await env.payload.count({ collection: 'imports' })).totalDocs
  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } })
    await logInBrowser(page, server.url, 'reporter@example.com')
    await page.goto(`${server.url}/admin/collections/imports/create`)
    await page.locator('#field-rawText').waitFor({ state: 'visible' })
    return page
  }
  /** Puts text into the paste box as a paste does: all at once, one input event (page.fill types megabytes too slowly). */
  const paste = (page: Page, text: string) =>
    page.locator('#field-rawText').evaluate((box: HTMLTextAreaElement, value) => {
      box.focus()
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(box, value)
      box.dispatchEvent(new Event('input', { bubbles: true }))
    }, text)

  it('should state the limit and show only the paste box on the create form', async () => {
    const page = await newPage()
    await expect(page.locator('.nr-paste__limit').textContent()).resolves.toContain('一次最多粘贴 2 MB')
    for (const internal of ['#field-status', '#field-contentHash', '#field-article']) expect(await page.locator(internal).count(), internal).toBe(0)
    await screenshot(page, 'paste-create')
    await page.close()
  })

  it('should refuse a 2.1 MB paste in the browser with the Chinese message, uploading and storing nothing', async () => {
    const page = await newPage()
    const before = await imports()
    const uploads: number[] = []
    page.on('request', (request) => {
      const body = request.postDataBuffer()
      if (body) uploads.push(body.length)
    })
    await paste(page, bigPaste(2.1 * 1024 * 1024, '超'))
    const refusal = page.locator('.nr-paste__refusal')
    await refusal.waitFor({ state: 'visible', timeout: 60_000 })
    expect(await refusal.textContent()).toMatch(/^粘贴内容超过 2 MB（本次 2.1 MB）：一次只导入一篇稿件，请分几次粘贴。$/)
    await page.locator('#action-save').click()
    await page.locator('[data-sonner-toast]').first().waitFor({ state: 'visible' })
    expect(new URL(page.url()).pathname).toBe('/admin/collections/imports/create')
    expect(Math.max(0, ...uploads)).toBeLessThan(100_000)
    expect(await imports()).toBe(before)
    // The viewport only: a full-page shot of a 2 MB text box outlasts the timeout.
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'paste-too-large.png') })
    await page.close()
  }, 180_000)

  it('should import a 1.9 MB paste from the paste screen, showing that it splits', async () => {
    const page = await newPage()
    const rawText = bigPaste(1.9 * 1024 * 1024, '大')
    await paste(page, rawText)
    await expect.poll(() => page.locator('.nr-paste__limit').textContent(), { timeout: 60_000 }).toContain('当前 1.9 MB / 2 MB')
    await page.locator('#action-save').click()
    await page.locator('.nr-paste__progress').waitFor({ state: 'visible' })
    await page.waitForURL(/\/admin\/collections\/imports\/\d+$/, { timeout: 120_000 })
    await page.locator('.nr-review__card').first().waitFor({ state: 'visible', timeout: 60_000 })
    const id = Number(new URL(page.url()).pathname.split('/').pop())
    expect((await env.payload.findByID({ collection: 'imports', id, depth: 0 })).rawText).toBe(rawText)
    expect(await page.getByText('Multipart limit').count()).toBe(0)
    await page.close()
  }, 300_000)

  it('should let the reporter click a warning to its place and walk the repairs of one kind', async () => {
    const page = await newPage()
    await paste(page, seed.replace('县区委书记', '县区委书记们'))
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/imports\/\d+$/)
    await page.locator('.nr-review__card').first().waitFor({ state: 'visible' })

    // The warning list is above the text and clickable (Playwright refuses a covered button).
    const warning = page.locator('.nr-source__warnings button').first()
    await warning.click({ timeout: 5_000 })
    await expect(page.locator('.nr-source__text mark.nr-source__flash').count()).resolves.toBe(1)
    const flashed = await page.locator('.nr-source__text mark.nr-source__flash').getAttribute('data-warning')
    expect(flashed).toBe('0')
    await page.waitForTimeout(800) // the smooth scroll
    const [box, mark] = await Promise.all([page.locator('.nr-source__text').boundingBox(), page.locator('.nr-source__text [data-warning="0"]').boundingBox()])
    expect(mark!.y).toBeGreaterThanOrEqual(box!.y)
    expect(mark!.y + mark!.height).toBeLessThanOrEqual(box!.y + box!.height)

    // Scrolled, the list stays above the text: the topmost element at the list is the list.
    await page.locator('.nr-source__text').evaluate((text) => text.scrollBy(0, 400))
    const onTop = await warning.evaluate((button) => {
      const { x, y, width, height } = button.getBoundingClientRect()
      return button.contains(document.elementFromPoint(x + width / 2, y + height / 2))
    })
    expect(onTop).toBe(true)

    // Repairs by kind: 标点 only, then step through them.
    const punctuation = page.locator('.nr-source__kind', { hasText: '标点' })
    await punctuation.click()
    expect(await punctuation.getAttribute('aria-pressed')).toBe('true')
    const total = await page.locator('.nr-source__text mark.nr-source__repair--punctuation').count()
    expect(await page.locator('.nr-source__text mark.nr-source__repair:not(.nr-source__repair--dim)').count()).toBe(total)
    await page.getByRole('button', { name: '下一处 ›' }).click()
    await expect(page.locator('.nr-source__walk-at').textContent()).resolves.toBe(`第 1 / ${total} 处`)
    await page.getByRole('button', { name: '下一处 ›' }).click()
    await expect(page.locator('.nr-source__walk-at').textContent()).resolves.toBe(`第 2 / ${total} 处`)
    await expect(page.locator('.nr-source__detail').textContent()).resolves.toMatch(/标点.*修复前.*→.*修复后/)
    await screenshot(page, 'import-review-by-kind')
    await page.close()
  }, 120_000)
})
