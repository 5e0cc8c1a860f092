import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeBrowserSession, launchBrowser, screenshot } from '../helpers/browser'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { seedSite, type SiteFixture } from '../int/siteFixture'

describe('the public site in Chromium', () => {
  let env: TestPayload
  let server: TestServer
  let browser: Browser
  let site: SiteFixture

  beforeAll(async () => {
    env = await getTestPayload()
    site = await seedSite(env.payload, env.databaseUrl)
    server = await startServer({ databaseUrl: env.databaseUrl })
    browser = await launchBrowser()
  })
  afterAll(() => closeBrowserSession({ browser, server, env }))

  for (const [label, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['mobile', { width: 390, height: 844 }],
  ] as const) {
    it(`should show the home page with the latest article (${label})`, async () => {
      const page = await browser.newPage({ locale: 'zh-CN', viewport })
      await page.goto(`${server.url}/`)
      await expect(page.locator('h1').textContent()).resolves.toBe('最新报道')
      await expect(page.locator('.teaser__title').first().textContent()).resolves.toBe('代表委员谈县域经济高质量发展')
      await screenshot(page, `site-home-${label}`)
      await page.close()
    })

    it(`should show an article with its statements, landmarks and no horizontal scroll (${label})`, async () => {
      const page = await browser.newPage({ locale: 'zh-CN', viewport })
      await page.goto(`${server.url}/articles/${site.slugs.article}`)
      await expect(page.locator('h1').textContent()).resolves.toBe('代表委员谈县域经济高质量发展')
      expect(await page.locator('.statement').count()).toBe(2)
      for (const landmark of ['banner', 'main', 'contentinfo'] as const) expect(await page.getByRole(landmark).count(), landmark).toBe(1)
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }))
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
      expect(await page.evaluate(() => getComputedStyle(document.body).lineBreak)).toBe('strict')
      await screenshot(page, `site-article-${label}`)
      await page.close()
    })
  }

  it('should show a retracted article as a notice', async () => {
    const page = await browser.newPage({ locale: 'zh-CN' })
    await page.goto(`${server.url}/articles/${site.slugs.retracted}`)
    await expect(page.locator('.notice--retracted').textContent()).resolves.toContain('引语核实有误')
    await screenshot(page, 'site-retracted')
    await page.close()
  })
})
