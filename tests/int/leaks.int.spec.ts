import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { createStaff } from '../helpers/staff'

// Unpublished text is planted with unique markers; no anonymous response may contain one.
const MARK = {
  draftArticle: 'DRAFTARTICLE_7f3a',
  draftStatement: 'DRAFTSTATEMENT_91c2',
  pendingEdit: 'PENDINGEDIT_44d0',
  scheduled: 'SCHEDULED_c8e5',
  reviewNote: 'REVIEWNOTE_0b17',
  comment: 'COMMENT_5d9e',
  paste: 'PASTE_e21f',
}

describe('nothing unpublished leaks to the public', () => {
  let env: TestPayload
  let payload: Payload
  let server: TestServer
  let ids: Record<string, number>

  beforeAll(async () => {
    env = await getTestPayload()
    payload = env.payload
    const editor = await createStaff(payload, 'editor')
    const as = { user: editor, overrideAccess: false }
    const publish = (collection: 'articles' | 'statements', id: number) =>
      payload.update({ collection, id, data: { stage: 'published' }, ...as })

    const draft = await payload.create({ collection: 'articles', data: { title: `草稿 ${MARK.draftArticle}` }, ...as })
    const live = await payload.create({ collection: 'articles', data: { title: '已发布的综述' }, ...as })
    await publish('articles', live.id)
    const hidden = await payload.create({
      collection: 'statements',
      data: { headline: `未审 ${MARK.draftStatement}`, article: live.id, position: 1 },
      ...as,
    })
    // A published statement whose article is still a draft: populating it must not reveal the draft.
    const orphan = await payload.create({ collection: 'statements', data: { headline: '已发布的发言', article: draft.id, position: 0 }, ...as })
    await publish('statements', orphan.id)
    // A pending edit over a published piece lives in a draft version only.
    await payload.update({ collection: 'articles', id: live.id, data: { dek: MARK.pendingEdit }, draft: true, ...as })
    await payload.update({ collection: 'articles', id: live.id, data: { reviewNote: MARK.reviewNote }, draft: true, ...as })
    const scheduled = await payload.create({ collection: 'articles', data: { title: `定时 ${MARK.scheduled}` }, ...as })
    await payload.update({ collection: 'articles', id: scheduled.id, data: { stage: 'in_review' }, ...as })
    await payload.update({ collection: 'articles', id: scheduled.id, data: { stage: 'approved' }, ...as })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: scheduled.id }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date(Date.now() + 24 * 3600_000),
    })
    await payload.create({ collection: 'comments', data: { doc: { relationTo: 'articles', value: live.id }, body: MARK.comment }, ...as })
    await payload.create({ collection: 'imports', data: { rawText: `# 综述 ${MARK.paste}\n\n某县委书记 张三\n\n要抓好落实。` }, ...as })
    ids = { draft: draft.id, live: live.id, hidden: hidden.id, orphan: orphan.id, scheduled: scheduled.id }
    server = await startServer({ databaseUrl: env.databaseUrl })
  })
  afterAll(async () => {
    await server?.stop()
    await env?.cleanup()
  })

  const get = async (path: string) => (await fetch(`${server.url}${path}`)).text()
  const gql = async (query: string) =>
    (
      await fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      })
    ).text()
  const expectClean = (label: string, body: string) => {
    const found = Object.values(MARK).filter((mark) => body.includes(mark))
    expect(found, `${label} leaked ${found.join(', ')}`).toEqual([])
  }

  it('should show the public what is published (so the probes below can fail)', async () => {
    expect(await get('/api/articles')).toContain('已发布的综述')
    expect(await get(`/api/statements/${ids.orphan}`)).toContain('已发布的发言')
    expect(await gql('{ Articles { docs { title } } }')).toContain('已发布的综述')
    expect(await gql(`{ Statement(id: ${ids.orphan}) { headline } }`)).toContain('已发布的发言')
  })

  it('should keep drafts, pending edits, scheduled pieces and notes out of every REST response', async () => {
    const paths = [
      '/api/articles',
      '/api/articles?draft=true',
      '/api/articles?depth=2&draft=true',
      `/api/articles/${ids.draft}`,
      `/api/articles/${ids.draft}?draft=true`,
      `/api/articles/${ids.live}?draft=true&depth=2`,
      `/api/articles/${ids.scheduled}?draft=true`,
      '/api/articles/versions',
      `/api/articles/versions?where[parent][equals]=${ids.live}`,
      '/api/statements?draft=true&depth=2',
      `/api/statements/${ids.hidden}?draft=true`,
      `/api/statements/${ids.orphan}?depth=2&draft=true`,
      '/api/statements/versions',
      '/api/comments',
      '/api/imports',
      '/api/imports?draft=true&depth=2',
      '/api/audit',
      '/api/payload-jobs',
      '/api/payload-locked-documents',
      '/api/users',
    ]
    for (const path of paths) expectClean(path, await get(path))
  })

  it('should keep them out of every GraphQL response, versions and populated relationships included', async () => {
    const queries = [
      '{ Articles(draft: true) { docs { id title dek reviewNote } } }',
      `{ Article(id: ${ids.draft}, draft: true) { title } }`,
      `{ Article(id: ${ids.live}, draft: true) { title dek reviewNote statements { docs { headline } } } }`,
      '{ versionsArticles { docs { version { title dek reviewNote } } } }',
      `{ versionArticle(id: 1) { version { title } } }`,
      '{ Statements(draft: true) { docs { headline article { title } } } }',
      `{ Statement(id: ${ids.orphan}, draft: true) { headline article { title } } }`,
      '{ versionsStatements { docs { version { headline } } } }',
      '{ Comments { docs { body } } }',
      '{ Imports { docs { rawText title } } }',
      '{ AuditEntries { docs { note } } }',
    ]
    for (const query of queries) expectClean(query, await gql(query))
  })

  // Staff read each other's accounts; the public reads no account, directly or through a relationship.
  it('should keep every user record out of anonymous REST and GraphQL responses', async () => {
    const { id, email } = (await payload.find({ collection: 'users', limit: 1 })).docs[0]!
    const responses = [
      ...(await Promise.all(
        ['/api/users', `/api/users/${id}`, `/api/users?where[email][equals]=${email}`, `/api/articles/${ids.live}?depth=2`, '/api/statements?depth=2', '/api/reporters?depth=2'].map(get),
      )),
      ...(await Promise.all(
        [`{ Users { docs { email } } }`, `{ User(id: ${id}) { email } }`, `{ Article(id: ${ids.live}) { owner { email } } }`].map(gql),
      )),
    ]
    for (const body of responses) expect(body).not.toContain(email)
  })
})
