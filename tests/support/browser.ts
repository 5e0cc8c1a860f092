import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'

const root = path.resolve(import.meta.dirname, '../..')
export const ARTIFACTS_DIR = path.join(root, 'test-results', 'screenshots')

/** Debian's Chromium, headless, with the flags a closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: run npm test (it installs it) or apt-get install chromium`)
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** Saves a full-page screenshot as a test artifact and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true })
  const file = path.join(ARTIFACTS_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

type Opened = { browser?: Browser; server?: { stop: () => Promise<void> }; env?: { cleanup: () => Promise<void> } }

/** Closes what a browser test file opened (any of it may be missing after a failed start): Chromium, the server it talks to, the file's database. */
export async function closeBrowserSession({ browser, server, env }: Opened): Promise<void> {
  await browser?.close()
  await server?.stop()
  await env?.cleanup()
}
