import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeBrowserSession, launchBrowser, screenshot } from '../helpers/browser'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { createStaff, logInBrowser } from '../helpers/staff'
import { startServer, type TestServer } from '../helpers/testServer'

describe('the admin and the site in Chromium', () => {
  let env: TestPayload
  let server: TestServer
  let browser: Browser

  beforeAll(async () => {
    env = await getTestPayload()
    await env.payload.create({
      collection: 'users',
      data: { name: '总编辑', email: 'chief@example.com', password: 'a long enough password', roles: ['admin'] },
    })
    server = await startServer({ databaseUrl: env.databaseUrl })
    browser = await launchBrowser()
  })
  afterAll(() => closeBrowserSession({ browser, server, env }))

  it('should let an admin log in through the Chinese login form', async () => {
    const page = await browser.newPage({ locale: 'zh-CN' })
    await page.goto(`${server.url}/admin`)
    await page.waitForURL(/\/admin\/login/)
    expect(await page.locator('html').getAttribute('lang')).toBe('zh')
    await page.fill('input[name="email"]', 'chief@example.com')
    await page.fill('input[name="password"]', 'a long enough password')
    await screenshot(page, 'admin-login')
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    // The dashboard lists the users collection under its Chinese label.
    await page.locator('.dashboard').getByText('用户', { exact: true }).first().waitFor({ state: 'visible' })
    await screenshot(page, 'admin-dashboard')
    await page.close()
  })

  it('should let an editor approve and publish from the workflow buttons', async () => {
    const { payload } = env
    const editor = await createStaff(payload, 'editor', 'desk')
    const article = await payload.create({ collection: 'articles', data: { title: '待审的稿件' }, user: editor, overrideAccess: false })
    await payload.update({ collection: 'articles', id: article.id, data: { stage: 'in_review' }, user: editor, overrideAccess: false })

    const page = await browser.newPage({ locale: 'zh-CN' })
    await logInBrowser(page, server.url, 'desk@example.com')
    await page.goto(`${server.url}/admin/collections/articles/${article.id}`)
    await page.getByRole('button', { name: '审核通过' }).click()
    await page.getByText('流程：已审核').waitFor()
    // The approval reloads the page: click once it is hydrated, or the click lands on dead markup.
    await page.waitForLoadState('networkidle')
    await page.getByRole('button', { name: '立即发布' }).click()
    await page.getByText('流程：已发布').waitFor()
    await screenshot(page, 'admin-workflow-published')
    expect(await payload.findByID({ collection: 'articles', id: article.id })).toMatchObject({ stage: 'published', _status: 'published' })
    await page.close()
  })

  it('should show the site home page with its Chinese masthead', async () => {
    const page = await browser.newPage({ locale: 'zh-CN' })
    await page.goto(`${server.url}/`)
    await expect(page.locator('.masthead__name').textContent()).resolves.toBe('新闻编辑部')
    await screenshot(page, 'site-home')
    await page.close()
  })
})
