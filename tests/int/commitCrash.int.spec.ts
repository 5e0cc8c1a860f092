import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { createStaff, restToken } from '../helpers/staff'

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'
const GIVEN = '明华强伟芳军静丽敏磊洋勇艳杰娟涛超霞平刚'

/** A long roundup in the seed's layout: one headline, speaker line, body and byline per speaker. */
function longRoundup(speakers: number): string {
  const parts = ['# 全省县委书记谈发展']
  for (let i = 0; i < speakers; i++) {
    const name = `${SURNAMES[i % 20]}${GIVEN[Math.floor(i / 20) % 20]}${GIVEN[(i * 7) % 20]}`
    parts.push(
      `## 第${i + 1}位发言 抓落实促发展`,
      `省人大代表、某县委书记 ${name}`,
      `今年我们将围绕高质量发展这条主线，扎实推进各项工作，确保各项目标任务落到实处。第${i + 1}项举措已经部署。`,
      '(记者 樊娅楠)',
    )
  }
  return parts.join('\n\n')
}

describe('a server killed in the middle of a commit', () => {
  let env: TestPayload
  let server: TestServer
  let token: string

  beforeAll(async () => {
    env = await getTestPayload()
    await createStaff(env.payload, 'editor')
    server = await startServer({ databaseUrl: env.databaseUrl })
    token = await restToken(server.url, 'editor@example.com')
  })
  afterAll(async () => {
    await server?.stop()
    await env?.cleanup()
  })

  const post = (url: string, route: string, body?: unknown) =>
    fetch(`${url}/api${route}`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    })
  const counts = async () =>
    Promise.all((['articles', 'statements', 'delegates', 'reporters'] as const).map(async (c) => (await env.payload.count({ collection: c })).totalDocs))

  it('should leave nothing half-written, and the import should then commit cleanly', async () => {
    const created = await (await post(server.url, '/imports', { rawText: longRoundup(300) })).json()
    const id = created.doc.id
    expect(created.doc.split.entries).toHaveLength(300)

    const commit = post(server.url, `/imports/${id}/commit`).catch(() => null)
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    await server.crash()
    await commit

    expect(await counts()).toEqual([0, 0, 0, 0])
    expect((await env.payload.findByID({ collection: 'imports', id })).status).toBe('split')

    server = await startServer({ databaseUrl: env.databaseUrl })
    const started = Date.now()
    const again = await post(server.url, `/imports/${id}/commit`)
    expect(again.status).toBe(200)
    // A clean commit takes longer than the 1.5 s we waited: the kill did land mid-commit.
    expect(Date.now() - started).toBeGreaterThan(1_500)
    expect(await counts()).toEqual([1, 300, 300, 1])
  })
})
