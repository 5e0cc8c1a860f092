import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeBrowserSession, launchBrowser, screenshot } from '../helpers/browser'
import { createStaff, logInBrowser, PASSWORD } from '../helpers/staff'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'

// Issue 15, blocker 2: the admin saves where it runs. In production the allowed origins come from
// the settings: the public site URL plus NEWSROOM_ALLOWED_ORIGINS (here the address the desk
// opens the admin at, which is not the site's). The development rule is unit-tested
// (tests/unit/allowedOrigins.spec.ts): the test build is a production build.
const PORT = 3123
const ADMIN = `http://127.0.0.1:${PORT}`
const PASTE = '本报讯 今年以来，我市已完成老旧小区改造42个。\n\n居民说，出行方便了。\n'

describe('the admin opened at 127.0.0.1:3123, an origin the settings allow', () => {
  let env: TestPayload
  let server: TestServer
  let browser: Browser

  beforeAll(async () => {
    env = await getTestPayload()
    await createStaff(env.payload, 'reporter')
    server = await startServer({
      databaseUrl: env.databaseUrl,
      port: PORT,
      env: { NEWSROOM_SITE_URL: 'https://news.example.cn', NEWSROOM_ALLOWED_ORIGINS: ADMIN },
    })
    browser = await launchBrowser()
  })
  afterAll(() => closeBrowserSession({ browser, server, env }))

  it('should let the reporter log in, paste and save an edit', async () => {
    expect(server.url).toBe(ADMIN)
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } })
    await logInBrowser(page, ADMIN, 'reporter@example.com')
    await page.goto(`${ADMIN}/admin/collections/imports/create`)
    await page.fill('#field-rawText', PASTE)
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/imports\/\d+$/)
    const id = Number(new URL(page.url()).pathname.split('/').pop())

    await page.getByRole('button', { name: '作为一条发言导入', exact: true }).click()
    await page.locator('.nr-review__card .nr-review__headline').fill('老旧小区改造')
    await page.locator('#action-save').click()
    await page.locator('[data-sonner-toast]').filter({ hasText: '更新成功' }).waitFor({ state: 'visible' })
    expect(await page.getByText('您无权执行此操作').count()).toBe(0)
    await screenshot(page, 'origins-saved-at-127.0.0.1')

    const stored = await env.payload.findByID({ collection: 'imports', id, depth: 0 })
    expect((stored.split as { entries: { headline: string }[] }).entries[0]?.headline).toBe('老旧小区改造')
    await page.close()
  })

  it('should refuse a cookie sent from an origin the settings do not list, and change nothing', async () => {
    const login = await fetch(`${ADMIN}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ADMIN },
      body: JSON.stringify({ email: 'reporter@example.com', password: PASSWORD }),
    })
    expect(login.status).toBe(200)
    const cookie = login.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ')
    const create = (origin: string) =>
      fetch(`${ADMIN}/api/imports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, origin },
        body: JSON.stringify({ rawText: `${origin} 的粘贴：代表说，发展很快。\n` }),
      })

    const foreign = await create(`http://localhost:${PORT}`)
    expect(foreign.status).toBe(403)
    const allowed = await create(ADMIN)
    expect(allowed.status).toBe(201)
    const { docs } = await env.payload.find({ collection: 'imports', where: { rawText: { like: 'localhost' } }, depth: 0 })
    expect(docs).toHaveLength(0)
  })
})
