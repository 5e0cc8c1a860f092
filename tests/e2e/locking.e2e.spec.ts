import type { Browser, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeBrowserSession, launchBrowser, screenshot } from '../helpers/browser'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { createStaff, logInBrowser } from '../helpers/staff'
import { startServer, type TestServer } from '../helpers/testServer'

const ORIGINAL = '原稿小标题'
const BY_LI = '李编辑接管后改的小标题'

/**
 * Two editors, each in a browser of their own, on one statement in the admin, with Payload's
 * document locking and the refusal of stale saves (src/workflow/refuseStaleSaves.ts).
 * Statements autosave (every 2 s): the admin's saves are autosave PATCHes.
 */
describe('two editors on the same statement in the admin', () => {
  let env: TestPayload
  let server: TestServer
  let browser: Browser
  let wangId: number
  let liId: number

  beforeAll(async () => {
    env = await getTestPayload()
    await createStaff(env.payload, 'admin', 'chief') // first: the first account becomes the admin
    wangId = (await createStaff(env.payload, 'editor', 'wang')).id
    liId = (await createStaff(env.payload, 'editor', 'li')).id
    server = await startServer({ databaseUrl: env.databaseUrl })
    browser = await launchBrowser()
  })
  afterAll(() => closeBrowserSession({ browser, server, env }))

  /** The `updatedAt` a save of the admin's form carries: its body is multipart, the values JSON in `_payload`. */
  const updatedAtSent = (request: Request): string | undefined => {
    const values = /name="_payload"\r\n\r\n(.*)\r\n--/s.exec(request.postData() ?? '')?.[1]
    return values ? (JSON.parse(values) as { updatedAt?: string }).updatedAt : undefined
  }
  /**
   * A logged-in editor's own browser context on the statement's edit view, the statuses of its
   * saves and the `updatedAt` each save carried.
   */
  const openAs = async (name: string, id: number) => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const saves: number[] = []
    const sent: (string | undefined)[] = []
    const isSave = (request: Request) => request.method() === 'PATCH' && new URL(request.url()).pathname === `/api/statements/${id}`
    page.on('request', (request) => {
      if (isSave(request)) sent.push(updatedAtSent(request))
    })
    page.on('response', (response) => {
      if (isSave(response.request())) saves.push(response.status())
    })
    await logInBrowser(page, server.url, `${name}@example.com`)
    await page.goto(`${server.url}/admin/collections/statements/${id}`)
    const headline = page.locator('#field-headline')
    await headline.waitFor({ state: 'visible' })
    return { page, headline, saves, sent, close: () => context.close() }
  }
  /** Types into the focused field a character every half second (inside autosave's 2 s), until stopped. */
  const keepTyping = (page: Page, char: string) => {
    let typing = true
    const done = (async () => {
      for (let count = 0; typing && count < 120; count += 1) {
        await page.keyboard.type(char)
        await page.waitForTimeout(500)
      }
    })().catch(() => {})
    return async () => {
      typing = false
      await done
    }
  }
  /** What the admin shows and autosaves: the statement's newest draft. */
  const stored = (id: number) => env.payload.findByID({ collection: 'statements', id, draft: true, depth: 0 })
  const versionsWith = async (id: number, text: string, field: 'headline' | 'speakerName' = 'headline') =>
    (await env.payload.findVersions({ collection: 'statements', where: { parent: { equals: id }, [`version.${field}`]: { like: text } } })).totalDocs
  const locksOn = async (id: number) =>
    (await env.payload.find({ collection: 'payload-locked-documents', where: { 'document.value': { equals: id } }, depth: 0 })).docs.map((row) => row.user.value)

  it('should warn the second editor, let him take over, and refuse the first editor’s save after it', async () => {
    const id = (await env.payload.create({ collection: 'statements', data: { headline: ORIGINAL } })).id
    const wang = await openAs('wang', id)

    // 王 is typing: his first change takes the lock, his typing keeps autosave from releasing it.
    await wang.headline.click()
    await wang.page.keyboard.press('End')
    const stopTyping = keepTyping(wang.page, '王')
    const takenOver = wang.page.locator('.document-take-over')
    let li: Awaited<ReturnType<typeof openAs>>
    try {
      await expect.poll(() => locksOn(id), { timeout: 15_000 }).toEqual([wangId])

      // 李 opens the statement: the document-locked modal names 王 by his name (emails are for admins).
      li = await openAs('li', id)
      const locked = li.page.locator('.document-locked')
      await locked.waitFor({ state: 'visible' })
      expect(await locked.locator('h1').textContent()).toBe('文档已锁定')
      expect(await locked.locator('p').first().textContent()).toBe('wang 当前正在编辑此文档。如果您接管，他们将无法继续编辑，并且可能会丢失未保存的更改。')
      expect(await locked.locator('button').allTextContents()).toEqual(['返回', '只读查看', '接管'])
      await screenshot(li.page, 'locking-document-locked')

      // 接管: the lock is now 李's; 王's next change tells him so.
      await li.page.getByRole('button', { name: '接管', exact: true }).click()
      await expect.poll(() => locksOn(id)).toEqual([liId])
      await takenOver.waitFor({ state: 'visible' })
    } finally {
      await stopTyping()
    }
    expect(await takenOver.locator('h1').textContent()).toBe('编辑已被接管')
    expect(await takenOver.locator('p').textContent()).toBe('另一位用户接管了此文档的编辑。')
    // 王's pending autosave is refused, with Payload's (English) message as a toast: nothing he typed is stored.
    await expect.poll(() => wang.saves, { timeout: 15_000 }).toContain(423)
    expect(wang.saves).not.toContain(200)
    await wang.page.locator('[data-sonner-toast]').filter({ hasText: 'is currently locked by another user' }).waitFor({ state: 'visible' })
    await screenshot(wang.page, 'locking-taken-over')
    expect((await stored(id)).headline).toBe(ORIGINAL)

    // 李 edits and his autosave goes through; 王, read-only now, cannot save over it.
    await takenOver.getByRole('button', { name: '只读查看' }).click()
    expect(await wang.headline.isDisabled()).toBe(true)
    await li.headline.fill(BY_LI)
    await expect.poll(() => li.saves, { timeout: 15_000 }).toEqual([200])
    expect((await stored(id)).headline).toBe(BY_LI)
    await wang.page.waitForTimeout(3_000)
    expect((await stored(id)).headline).toBe(BY_LI)
    expect(wang.saves).not.toContain(200)
    expect(await versionsWith(id, '王')).toBe(0)
    await Promise.all([wang.close(), li.close()])
  })

  // Every save (autosave included) deletes Payload's lock, and the admin's own stale-data check is
  // off for autosaving collections: what stops a form opened before another editor's save from
  // sending its old values back is the server, which refuses a save made from an older version.
  it('should refuse the save of a form opened before another editor’s save, tell him to reload, and keep that save', async () => {
    const id = (await env.payload.create({ collection: 'statements', data: { headline: ORIGINAL } })).id
    const wang = await openAs('wang', id)
    const li = await openAs('li', id)

    await li.headline.fill(BY_LI)
    await expect.poll(() => li.saves, { timeout: 15_000 }).toEqual([200])
    expect((await stored(id)).headline).toBe(BY_LI)
    expect(await locksOn(id)).toEqual([]) // 李's autosave released his lock

    // 王 changes another field of the form he opened before 李's save: his autosave would send
    // the old headline back; it is refused, and the toast says who changed what and what to do.
    await wang.page.locator('#field-speakerName').fill('刘波')
    await expect.poll(() => wang.saves, { timeout: 15_000 }).toEqual([409])
    const refused = wang.page.locator('[data-sonner-toast]').filter({ hasText: '这篇发言已被li（li@example.com）在' })
    await refused.waitFor({ state: 'visible' })
    expect(await refused.textContent()).toContain('你这次的改动没有保存。请先复制你的改动，刷新页面，在最新版本上重新修改。')
    await screenshot(wang.page, 'locking-stale-save-refused')
    const after = await stored(id)
    expect(after.headline).toBe(BY_LI)
    expect(after.speakerName ?? null).toBeNull()
    expect(await versionsWith(id, '刘波', 'speakerName')).toBe(0)

    // Reloaded, 王 sees 李's headline and his change goes through on top of it.
    wang.page.once('dialog', (dialog) => void dialog.accept()) // a leave-without-saving prompt, if any
    await wang.page.reload()
    await wang.headline.waitFor({ state: 'visible' })
    expect(await wang.headline.inputValue()).toBe(BY_LI)
    await wang.page.locator('#field-speakerName').fill('刘波')
    await expect.poll(() => wang.saves, { timeout: 15_000 }).toEqual([409, 200])
    expect(await stored(id)).toMatchObject({ headline: BY_LI, speakerName: '刘波' })
    await Promise.all([wang.close(), li.close()])
  })

  // Why Payload switched its own stale-data check off for autosave: the admin queues an autosave
  // made while the previous one is in flight and sends it before that one's answer reaches the
  // form, with the updatedAt from before it. The server lets an editor's own saves through.
  it('should never refuse an editor’s own autosaves, even one queued while the previous one is in flight', async () => {
    const id = (await env.payload.create({ collection: 'statements', data: { headline: ORIGINAL } })).id
    const wang = await openAs('wang', id)
    const opened = (await stored(id)).updatedAt
    // A slow connection: each save spends 5 s on its way to the server.
    await wang.page.route(`**/api/statements/${id}?*`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 5_000))
      await route.continue()
    })
    await wang.headline.click()
    await wang.page.keyboard.press('End')
    await wang.page.keyboard.type('一')
    await expect.poll(() => wang.sent.length, { timeout: 15_000 }).toBe(1)
    await wang.page.keyboard.type('二') // its autosave is queued 2 s later, behind the held first one

    await expect.poll(() => wang.saves, { timeout: 30_000 }).toEqual([200, 200])
    expect(wang.sent).toEqual([opened, opened]) // the second carried the version from before the first
    expect((await stored(id)).headline).toBe(`${ORIGINAL}一二`)
    await wang.close()
  })
})
