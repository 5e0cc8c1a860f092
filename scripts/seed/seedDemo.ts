import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createLocalReq, type Payload } from 'payload'

import type { User } from '../../payload-types'
import { IMPORTS, REPORTERS, USERS } from '../../src/constants'
import type { Role } from '../../src/constants'
import { commitImport } from '../../src/import/commitImport'

const DEMO_USERS: { role: Role; name: string; email: string }[] = [
  { role: 'admin', name: '系统管理员', email: 'admin@example.com' },
  { role: 'editor', name: '值班编辑', email: 'editor@example.com' },
  { role: 'reporter', name: '樊娅楠', email: 'reporter@example.com' },
]

const here = path.dirname(new URL(import.meta.url).pathname)
const readPaste = (name: string) => fs.readFileSync(path.join(here, name), 'utf8')

/**
 * Demo content for a first start in development, written once (when no user exists):
 * the three demo accounts, the seed roundup imported by the reporter and published by the
 * editor, and a second paste left in review. Passwords are random, printed once and kept
 * in .data/demo-logins.txt.
 */
export async function seedDemo(payload: Payload): Promise<void> {
  if (process.env.NODE_ENV === 'production') {
    payload.logger.warn('生产环境不写入演示数据 (no demo data in production)')
    return
  }
  const { totalDocs } = await payload.count({ collection: USERS })
  if (totalDocs > 0) return

  const users: Partial<Record<Role, User & { collection: 'users' }>> = {}
  const lines: string[] = []
  for (const demo of DEMO_USERS) {
    const password = crypto.randomBytes(9).toString('base64url')
    const user = await payload.create({ collection: USERS, data: { ...demo, roles: [demo.role], password } })
    users[demo.role] = { ...user, collection: 'users' }
    lines.push(`${demo.role.padEnd(9)} ${demo.email.padEnd(22)} ${password}`)
  }
  await publishSeedRoundup(payload, users.reporter!, users.editor!)

  const file = path.resolve(process.env.NEWSROOM_DATA_DIR ?? '.data', 'demo-logins.txt')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 })
  console.log(['', '演示账号 (demo logins, shown once; also in .data/demo-logins.txt):', ...lines.map((l) => `  ${l}`), ''].join('\n'))
}

/** The reporter's flow end to end: paste, commit; then the editor approves and publishes. */
async function publishSeedRoundup(payload: Payload, reporter: User & { collection: 'users' }, editor: User & { collection: 'users' }) {
  const asReporter = { user: reporter, overrideAccess: false } as const
  const asEditor = { user: editor, overrideAccess: false } as const
  const paste = await payload.create({
    collection: IMPORTS,
    data: { rawText: readPaste('seed-roundup.txt'), source: { publication: '青海日报', page: '3' } },
    ...asReporter,
  })
  const { article } = await commitImport({ req: await createLocalReq({ user: reporter }, payload), id: paste.id })
  await linkByline(payload, reporter)
  const statements = await payload.find({ collection: 'statements', where: { article: { equals: article } }, pagination: false, depth: 0 })
  for (const statement of statements.docs) {
    await payload.update({ collection: 'statements', id: statement.id, data: { stage: 'approved' }, ...asEditor })
  }
  await payload.update({ collection: 'articles', id: article, data: { stage: 'approved' }, ...asEditor })
  await payload.update({ collection: 'articles', id: article, data: { stage: 'published' }, ...asEditor })
  await payload.create({ collection: IMPORTS, data: { rawText: readPaste('pending-paste.txt') }, ...asReporter })
  payload.logger.info('演示数据：已发布一篇综述，另有一条导入待审 (demo: one published roundup, one import in review)')
}

/**
 * The reporter's account files under the byline the seed roundup printed for her (樊娅楠), so
 * her 署名档案 is not empty on first look; the field is admins' to change.
 */
async function linkByline(payload: Payload, reporter: User & { collection: 'users' }) {
  const { docs } = await payload.find({ collection: REPORTERS, where: { name: { equals: reporter.name } }, limit: 1, depth: 0 })
  if (docs[0]) await payload.update({ collection: USERS, id: reporter.id, data: { reporter: docs[0].id } })
}
