import type { Payload } from 'payload'
import type { Page } from 'playwright-core'

import type { Role } from '../../src/constants'

export const PASSWORD = 'a long enough password'

/** A member of the desk with one role, as a Local API `user` (email `<name>@example.com`). */
export async function createStaff(payload: Payload, role: Role, name: string = role) {
  const user = await payload.create({
    collection: 'users',
    data: { name, email: `${name}@example.com`, password: PASSWORD, roles: [role] },
  })
  return { ...user, collection: 'users' as const }
}

/** Logs in over REST and returns the JWT for `Authorization: JWT …`. */
export async function restToken(serverUrl: string, email: string): Promise<string> {
  const response = await fetch(`${serverUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  if (!response.ok) throw new Error(`login failed for ${email}: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

/** Logs in through the admin's own (Chinese) login form. */
export async function logInBrowser(page: Page, serverUrl: string, email: string): Promise<void> {
  await page.goto(`${serverUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
}
