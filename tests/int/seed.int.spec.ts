import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '../../scripts/seed/seedDemo'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'

describe('demo data on a first start', () => {
  let env: TestPayload
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-seed-'))

  beforeAll(async () => {
    env = await getTestPayload()
    process.env.NEWSROOM_DATA_DIR = dataDir
  })
  afterAll(async () => {
    delete process.env.NEWSROOM_DATA_DIR
    fs.rmSync(dataDir, { recursive: true, force: true })
    await env?.cleanup()
  })

  it('should create the demo logins, a published roundup and an import waiting for review', async () => {
    await seedDemo(env.payload)
    const { payload } = env
    const users = await payload.find({ collection: 'users', depth: 0 })
    expect(users.docs.map((u) => u.roles).sort()).toEqual([['admin'], ['editor'], ['reporter']])
    const logins = fs.readFileSync(path.join(dataDir, 'demo-logins.txt'), 'utf8')
    expect(logins).toMatch(/^admin\s+admin@example\.com\s+\S{8,}$/m)
    // The reporter's 署名档案 is the byline the roundup printed for her, not empty.
    const reporter = users.docs.find((u) => u.roles.includes('reporter'))!
    const byline = await payload.findByID({ collection: 'reporters', id: reporter.reporter as number, depth: 0 })
    expect(byline.name).toBe(reporter.name)

    const published = await payload.find({ collection: 'articles', overrideAccess: false })
    expect(published.docs.map((a) => a.title)).toEqual(['县区委书记谈政府工作报告'])
    const statements = await payload.find({ collection: 'statements', overrideAccess: false, pagination: false })
    expect(statements.totalDocs).toBe(7)

    const imports = await payload.find({ collection: 'imports', sort: 'createdAt', depth: 0 })
    expect(imports.docs.map((i) => i.status)).toEqual(['committed', 'split'])
  })

  it('should write nothing the second time', async () => {
    await seedDemo(env.payload)
    expect((await env.payload.count({ collection: 'users' })).totalDocs).toBe(3)
    expect((await env.payload.count({ collection: 'imports' })).totalDocs).toBe(2)
  })
})
