import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ImportDraft } from '../../src/import/types'
import { ARTIFACTS_DIR, launchBrowser, screenshot } from '../helpers/browser'
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
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await env?.cleanup()
  })

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
  })

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
  })

  it('should let an editor publish it, the first statement carrying the fixed headline', async () => {
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })
    await logIn(page, 'editor')
    await page.goto(`${server.url}/admin/collections/articles/${articleId}`)
    await page.getByText('审核通过').first().waitFor({ state: 'visible' })

    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@example.com', password: PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const patch = async (route: string, body: unknown) => {
      const response = await fetch(`${server.url}/api${route}`, {
        method: 'PATCH',
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      expect(response.status, `${route}: ${await response.clone().text()}`).toBe(200)
    }
    const { docs } = await env.payload.find({ collection: 'statements', where: { article: { equals: articleId } }, sort: 'position', depth: 0, pagination: false })
    expect(docs).toHaveLength(7)
    for (const statement of docs) await patch(`/statements/${statement.id}`, { stage: 'approved' })
    await patch(`/articles/${articleId}`, { stage: 'approved' })
    await patch(`/articles/${articleId}`, { stage: 'published' })

    // Publicly, with no login: the article's statements, the first with the fixed headline.
    const response = await fetch(`${server.url}/api/statements?where[article][equals]=${articleId}&sort=position&limit=20&depth=0`)
    const published = (await response.json()) as { docs: { headline: string | null; speaker: number | null }[] }
    expect(published.docs).toHaveLength(7)
    expect(published.docs[0]!.headline).toBe(FIXED)
    expect(published.docs[1]!.headline).toBe(FIXED_SECOND)
    expect(published.docs[0]!.speaker).toBe(speakerId)

    // The public page, where the site has it.
    const article = (await (await fetch(`${server.url}/api/articles/${articleId}?depth=0`)).json()) as { slug: string }
    const visit = await page.goto(`${server.url}/articles/${article.slug}`)
    if (visit?.status() === 200) {
      await expect(page.locator('main').textContent()).resolves.toContain(FIXED)
      expect(await page.locator('.statement').count()).toBe(7)
      await screenshot(page, 'import-published-article')
    }
    await page.close()
  })
})
