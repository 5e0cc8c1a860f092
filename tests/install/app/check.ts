// Run in the fresh app with tsx: migrations created and applied, then the plugin exercised
// through the Local API and Payload's REST handlers. Prints one JSON line of findings.
import fs from 'node:fs'

import { getPayload, handleEndpoints } from 'payload'

import config from './payload.config'

const payload = await getPayload({ config })
await payload.db.createMigration({ migrationName: 'initial', payload, forceAcceptWarning: true, skipEmpty: true })
await payload.db.migrate()

const rest = async (method: string, path: string, body?: unknown, token?: string) => {
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token && { authorization: `JWT ${token}` }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await handleEndpoints({ config, request })
  return { status: response.status, json: await response.json() }
}

const password = 'Kx9-install-pass'
await payload.create({ collection: 'users', data: { email: 'desk@example.cn', password, name: '值班编辑' } as never })
const login = await rest('POST', '/users/login', { email: 'desk@example.cn', password })
const token = login.json.token as string
const paste = await rest('POST', '/imports', { rawText: fs.readFileSync(process.argv[2]!, 'utf8') }, token)
const commit = await rest('POST', `/imports/${paste.json.doc?.id}/commit`, {}, token)
// The roundup is one unit: approving the article approves its statements, publishing it publishes them
const approved = await rest('PATCH', `/articles/${commit.json.article}`, { stage: 'approved' }, token)
const published = await rest('PATCH', `/articles/${commit.json.article}`, { stage: 'published' }, token)
const post = await payload.create({ collection: 'posts', data: { title: '本报讯' } })
const users = payload.config.collections.find((c) => c.slug === 'users')
const articles = payload.config.collections.find((c) => c.slug === 'articles')

console.log(
  JSON.stringify({
    collections: payload.config.collections.map((c) => c.slug),
    adminUser: payload.config.admin.user,
    userFields: users?.fields.flatMap((f) => ('name' in f ? [f.name] : [])),
    userRoles: login.json.user?.roles,
    articleLabel: articles?.labels.singular,
    paste: { status: paste.status, entries: paste.json.doc?.split?.entries?.length },
    commit: { status: commit.status, created: commit.json.created },
    statements: (await payload.count({ collection: 'statements', where: { article: { equals: commit.json.article } } })).totalDocs,
    approved: approved.status,
    publishedStatements: (await payload.count({ collection: 'statements', where: { article: { equals: commit.json.article }, _status: { equals: 'published' } } })).totalDocs,
    published: { status: published.status, stage: published.json.doc?.stage, _status: published.json.doc?._status },
    audit: (await payload.count({ collection: 'audit' })).totalDocs,
    postEdition: post.edition,
  }),
)
await payload.destroy()
process.exit(0)
