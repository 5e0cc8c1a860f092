import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { USERS } from '../../src/constants'
import type { Role } from '../../src/constants'

const DEMO_USERS: { role: Role; name: string; email: string }[] = [
  { role: 'admin', name: '系统管理员', email: 'admin@example.com' },
  { role: 'editor', name: '值班编辑', email: 'editor@example.com' },
  { role: 'reporter', name: '樊娅楠', email: 'reporter@example.com' },
]

/**
 * Demo content for a first start in development, written once: when any user exists,
 * nothing is done. Passwords are random, printed once and kept in .data/demo-logins.txt.
 */
export async function seedDemo(payload: Payload): Promise<void> {
  if (process.env.NODE_ENV === 'production') {
    payload.logger.warn('生产环境不写入演示数据 (no demo data in production)')
    return
  }
  const { totalDocs } = await payload.count({ collection: USERS })
  if (totalDocs > 0) return

  const lines: string[] = []
  for (const user of DEMO_USERS) {
    const password = crypto.randomBytes(9).toString('base64url')
    await payload.create({ collection: USERS, data: { ...user, roles: [user.role], password } })
    lines.push(`${user.role.padEnd(9)} ${user.email.padEnd(22)} ${password}`)
  }
  const file = path.resolve('.data', 'demo-logins.txt')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 })
  console.log(['', '演示账号 (demo logins, shown once; also in .data/demo-logins.txt):', ...lines.map((l) => `  ${l}`), ''].join('\n'))
}
