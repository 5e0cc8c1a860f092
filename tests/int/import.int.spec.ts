import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { commitImport } from '../../src/import/commitImport'
import type { ImportDraft } from '../../src/import/types'
import { bigPaste } from '../helpers/bigPaste'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'

const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures')
const seed = fs.readFileSync(path.join(FIXTURES, 'seed-roundup.txt'), 'utf8')
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'seed-roundup.expected.json'), 'utf8'))

type Login = { token: string; id: number }

describe('import: paste → split → commit', () => {
  let env: TestPayload
  let payload: Payload
  let server: TestServer
  const logins: Record<string, Login> = {}

  beforeAll(async () => {
    env = await getTestPayload()
    payload = env.payload
    server = await startServer({ databaseUrl: env.databaseUrl })
    for (const [name, role] of [['admin', 'admin'], ['editor', 'editor'], ['reporter', 'reporter'], ['other', 'reporter']] as const) {
      const user = await payload.create({
        collection: 'users',
        data: { name, email: `${name}@example.com`, password: 'a long enough password', roles: [role] },
      })
      const response = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `${name}@example.com`, password: 'a long enough password' }),
      })
      logins[name] = { token: (await response.json()).token, id: user.id }
    }
  })
  afterAll(async () => {
    await server?.stop()
    await env?.cleanup()
  })

  const api = async (who: string, method: string, route: string, body?: unknown) => {
    const response = await fetch(`${server.url}/api${route}`, {
      method,
      headers: { authorization: `JWT ${logins[who]!.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    return { status: response.status, json: await response.json() }
  }
  const count = async (collection: 'articles' | 'statements' | 'delegates' | 'reporters') =>
    (await payload.count({ collection })).totalDocs

  let seedImport: { id: number; split: ImportDraft; rawText: string }

  it('should split the seed on create exactly as the fixture says, keeping the paste verbatim', async () => {
    const { status, json } = await api('reporter', 'POST', '/imports', { rawText: seed, source: { publication: '青海日报', page: '3' } })
    expect(status).toBe(201)
    seedImport = json.doc
    expect(seedImport.rawText).toBe(seed)
    const split = seedImport.split
    expect(split.title).toBe(expected.title)
    expect(split.intro).toEqual(expected.intro)
    expect(split.outro).toEqual(expected.outro)
    expect(split.entries).toHaveLength(expected.entries.length)
    split.entries.forEach((entry, i) => {
      const want = expected.entries[i]
      expect(entry.headline).toBe(want.headline)
      expect(entry.speaker).toEqual(want.speaker)
      expect(new Set(entry.reporters.map((r) => `${r.name}/${r.role}`))).toEqual(
        new Set(want.reporters.map((r: { name: string; role: string }) => `${r.name}/${r.role}`)),
      )
      expect(entry.paragraphs).toEqual(want.paragraphs)
      expect(entry.resolution).toBe('new')
    })
  })

  it('should refuse to change the paste after the import is made', async () => {
    const { status, json } = await api('reporter', 'PATCH', `/imports/${seedImport.id}`, { rawText: '改过的原文' })
    expect(status).toBe(400)
    expect(json.errors[0].message).toContain('原文在导入后不能修改')
    const stored = await payload.findByID({ collection: 'imports', id: seedImport.id })
    expect(stored.rawText).toBe(seed)
  })

  it('should refuse the same text pasted again by another reporter, without naming an import they may not read', async () => {
    const { status, json } = await api('other', 'POST', '/imports', { rawText: seed })
    expect(status).toBe(409)
    expect(json.errors[0].message).toContain('已经导入过')
    expect(json.errors[0].message).not.toContain(`#${seedImport.id}`)
  })

  it('should point its own reporter at the existing import when the same text is pasted again', async () => {
    const { status, json } = await api('reporter', 'POST', '/imports', { rawText: seed })
    expect(status).toBe(409)
    expect(json.errors[0].message).toContain(`#${seedImport.id}`)
  })

  it('should keep another reporter from reading or committing it', async () => {
    expect((await api('other', 'GET', `/imports/${seedImport.id}`)).status).toBe(404)
    const { status } = await api('other', 'POST', `/imports/${seedImport.id}/commit`)
    expect(status).toBeGreaterThanOrEqual(403)
    expect(await count('articles')).toBe(0)
  })

  it('should write nothing when a commit fails after the third statement, and commit cleanly afterwards', async () => {
    const reporter = await payload.findByID({ collection: 'users', id: logins.reporter!.id })
    const { createLocalReq } = await import('payload')
    const localReq = await createLocalReq({ user: { ...reporter, collection: 'users' } as never }, payload)
    await expect(
      commitImport({
        req: localReq,
        id: seedImport.id,
        faults: {
          afterStatement: (n) => {
            if (n === 3) throw new Error('injected failure after the third statement')
          },
        },
      }),
    ).rejects.toThrow('injected failure')
    expect([await count('articles'), await count('statements'), await count('delegates'), await count('reporters')]).toEqual([0, 0, 0, 0])
    expect((await payload.findByID({ collection: 'imports', id: seedImport.id })).status).toBe('split')
  })

  it('should commit into one article with 7 statements in review, 7 delegates and the reporters', async () => {
    const { status, json } = await api('reporter', 'POST', `/imports/${seedImport.id}/commit`)
    expect(status).toBe(200)
    expect(json.created).toBe(true)
    const article = await payload.findByID({ collection: 'articles', id: json.article, depth: 0 })
    expect(article).toMatchObject({ title: expected.title, stage: 'in_review', _status: 'draft', owner: logins.reporter!.id })
    const statements = await payload.find({ collection: 'statements', where: { article: { equals: article.id } }, sort: 'position', depth: 1 })
    expect(statements.docs.map((s) => s.headline)).toEqual(expected.entries.map((e: { headline: string }) => e.headline))
    expect(statements.docs.every((s) => s.stage === 'in_review' && s._status === 'draft')).toBe(true)
    expect(statements.docs.map((s) => (typeof s.speaker === 'object' ? s.speaker?.name : null))).toEqual(
      expected.entries.map((e: { speaker: { name: string } }) => e.speaker.name),
    )
    expect(statements.docs[0]!.speakerTitles?.map((t) => t.title)).toEqual(expected.entries[0].speaker.titles)
    expect(statements.docs[0]!.provenance).toMatchObject({ importId: String(seedImport.id) })
    expect(await count('statements')).toBe(7)
    expect(await count('delegates')).toBe(7)
    const reporterNames = new Set(expected.entries.flatMap((e: { reporters: { name: string }[] }) => e.reporters.map((r) => r.name)))
    expect(await count('reporters')).toBe(reporterNames.size)
    expect((await payload.findByID({ collection: 'imports', id: seedImport.id, depth: 0 })).status).toBe('committed')
  })

  it('should return the same article on a second commit and create nothing', async () => {
    const before = [await count('articles'), await count('statements'), await count('delegates'), await count('reporters')]
    const { status, json } = await api('editor', 'POST', `/imports/${seedImport.id}/commit`)
    expect(status).toBe(200)
    expect(json.created).toBe(false)
    expect([await count('articles'), await count('statements'), await count('delegates'), await count('reporters')]).toEqual(before)
  })

  it('should match known speakers the next time and create one article for two commits at the same moment', async () => {
    const again = seed.replace('# 县区委书记谈政府工作报告', '# 县区委书记再谈政府工作报告')
    const { json } = await api('reporter', 'POST', '/imports', { rawText: again })
    const draft = json.doc.split as ImportDraft
    expect(draft.entries.every((entry) => entry.resolution === 'matched' && entry.delegateId)).toBe(true)
    const before = await count('articles')
    const [a, b] = await Promise.all([
      api('reporter', 'POST', `/imports/${json.doc.id}/commit`),
      api('editor', 'POST', `/imports/${json.doc.id}/commit`),
    ])
    expect([a.status, b.status]).toEqual([200, 200])
    expect(a.json.article).toBe(b.json.article)
    expect(await count('articles')).toBe(before + 1)
    expect(await count('delegates')).toBe(7)
  })

  it.each([
    ['an empty paste', '   \n  ', '粘贴内容为空'],
    ['binary data', 'PK\u0003\u0004\u0000\u0000\u0014\u0000 binary', '二进制'],
    ['more than 2 MB', '代表说：“好。”\n'.repeat(200_000), '超过 2 MB'],
    ['a 10 MB paste', '代表说：“好。”\n'.repeat(480_000), '超过 2 MB'],
  ])('should refuse %s with a Chinese message that says what to do, storing nothing', async (_, rawText, message) => {
    const before = (await payload.count({ collection: 'imports' })).totalDocs
    const { status, json } = await api('reporter', 'POST', '/imports', { rawText })
    expect(status).toBe(400)
    expect(json.errors[0].message).toContain(message)
    expect((await payload.count({ collection: 'imports' })).totalDocs).toBe(before)
  })

  // Issue 15, major 5: the admin saves as multipart (`_payload`); a big paste must reach the
  // paste's own limit (2 MB) and its message, not Payload's 40,000-character or multipart limits.
  const postMultipart = async (rawText: string) => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ rawText }))
    const response = await fetch(`${server.url}/api/imports`, { method: 'POST', headers: { authorization: `JWT ${logins.reporter!.token}` }, body: form })
    return { status: response.status, json: await response.json() }
  }

  it('should import a 1.9 MB paste sent as the admin sends it', async () => {
    const rawText = bigPaste(1.9 * 1024 * 1024, '大')
    const { status, json } = await postMultipart(rawText)
    expect(status, JSON.stringify(json).slice(0, 300)).toBe(201)
    const stored = await payload.findByID({ collection: 'imports', id: json.doc.id, depth: 0 })
    expect(stored.rawText).toBe(rawText)
    expect((stored.split as ImportDraft).entries.length).toBeGreaterThan(800)
  }, 300_000) // about 1,000 entries to split and match: slow on a busy test machine

  it('should refuse a 2.1 MB paste sent as the admin sends it with the paste limit in Chinese, storing nothing', async () => {
    const before = (await payload.count({ collection: 'imports' })).totalDocs
    const { status, json } = await postMultipart(bigPaste(2.1 * 1024 * 1024, '超'))
    expect(status).toBe(400)
    expect(json.errors[0].message).toMatch(/^粘贴内容超过 2 MB（本次 2.1 MB）：一次只导入一篇稿件/)
    expect((await payload.count({ collection: 'imports' })).totalDocs).toBe(before)
  })

  it('should strip HTML pasted from a browser to its text, keep the paste verbatim and say so', async () => {
    const html = '<div><p>省人大代表、某县委书记赵明说：“我们要把<script>alert(1)</script>生态保护放在首位。”</p><p>（记者 王芳）</p></div>'
    const { status, json } = await api('reporter', 'POST', '/imports', { rawText: html })
    expect(status).toBe(201)
    expect(json.doc.rawText).toBe(html)
    expect(json.doc.sourceText).not.toContain('<')
    expect(json.doc.sourceText).not.toContain('alert')
    expect(json.doc.warnings.map((w: { kind: string }) => w.kind)).toContain('html')
  })

  it('should offer to import text with no recognisable entries as one statement', async () => {
    const { status, json } = await api('reporter', 'POST', '/imports', { rawText: '今天天气晴朗，市场供应充足。' })
    expect(status).toBe(201)
    expect(json.doc.split.entries).toEqual([])
    expect(json.doc.warnings.map((w: { kind: string }) => w.kind)).toContain('no-entries')
    const commit = await api('reporter', 'POST', `/imports/${json.doc.id}/commit`)
    expect(commit.status).toBe(400)
    expect(commit.json.errors[0].message).toContain('作为一条发言导入')
  })

  it('should split again from the kept paste, replacing edits', async () => {
    const { json } = await api('reporter', 'POST', '/imports', { rawText: seed.replace('刘波', '刘 波') })
    const edited = { ...json.doc.split, title: '改过的标题' }
    await api('reporter', 'PATCH', `/imports/${json.doc.id}`, { split: edited })
    const resplit = await api('reporter', 'POST', `/imports/${json.doc.id}/resplit`)
    expect(resplit.status).toBe(200)
    expect(resplit.json.doc.split.title).toBe(expected.title)
  })

  it('should say which layout it read and split again as the layout the reporter chooses', async () => {
    const { json } = await api('reporter', 'POST', '/imports', { rawText: seed.replace('刘波', '刘  波') })
    expect(json.doc.split.layout).toBe('print')
    const asWeb = await api('reporter', 'POST', `/imports/${json.doc.id}/resplit`, { layout: 'web' })
    expect(asWeb.status).toBe(200)
    expect(asWeb.json.doc.split.layout).toBe('web')
    // A plain re-split keeps the layout chosen.
    const again = await api('reporter', 'POST', `/imports/${json.doc.id}/resplit`)
    expect(again.json.doc.split.layout).toBe('web')
  })

  it('should refuse a layout it does not know, in Chinese, changing nothing', async () => {
    const { json } = await api('reporter', 'POST', '/imports', { rawText: seed.replace('刘波', '刘   波') })
    const refused = await api('reporter', 'POST', `/imports/${json.doc.id}/resplit`, { layout: 'fax' })
    expect(refused.status).toBe(400)
    expect(refused.json.errors[0].message).toContain('版式只能是')
    const { json: after } = await api('reporter', 'GET', `/imports/${json.doc.id}`)
    expect(after.split.layout).toBe('print')
  })

  it("should carry the splitter's spans into each entry of the draft", async () => {
    const { json } = await api('reporter', 'POST', '/imports', { rawText: seed.replace('刘波', '刘\u3000波') })
    const first = json.doc.split.entries[0]
    expect(first.offset).toBeTypeOf('number')
    expect(first.end).toBeGreaterThan(first.offset)
    expect(first.paragraphSpans).toHaveLength(first.paragraphs.length)
  })
})
