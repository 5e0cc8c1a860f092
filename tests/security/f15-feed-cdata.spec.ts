import crypto from 'node:crypto'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from '../int/siteFixture'
import { createStaff } from '../helpers/staff'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { call } from './http'

// Finding 15: the feed library escapes only the first `]]>` of a CDATA section, so a title
// with two of them ends the section early and injects markup into every reader's feed.
describe('f15: feeds stay well-formed XML whatever a title holds', () => {
  let env: TestPayload
  let server: TestServer
  const run = crypto.randomBytes(3).toString('hex')
  const TITLE = `注入测试${run} a]]>b]]><injected>x</injected>c]]>`
  const INTRO = `开篇 ]]><p>段落</p>]]> 结束`

  beforeAll(async () => {
    env = await getTestPayload()
    const editor = await createStaff(env.payload, 'editor')
    const as = { user: editor, overrideAccess: false as const }
    const article = await env.payload.create({ collection: 'articles', data: { title: TITLE, dek: `导语 ]]>一]]>二`, intro: lexical(INTRO) }, ...as })
    await env.payload.update({ collection: 'articles', id: article.id, data: { stage: 'published' }, ...as })
    server = await startServer({ databaseUrl: env.databaseUrl })
  })
  afterAll(async () => {
    await server?.stop()
    await env?.cleanup()
  })

  const parser = new XMLParser({ ignoreAttributes: false, textNodeName: '#text' })
  const textOf = (value: unknown): string =>
    typeof value === 'string' ? value : value && typeof value === 'object' && '#text' in value ? String((value as { '#text': unknown })['#text']) : String(value)

  it.each([
    ['/feeds/rss.xml', (doc: any) => doc.rss.channel.item],
    ['/feeds/atom.xml', (doc: any) => doc.feed.entry],
  ])('should serve %s as valid XML that reads the title back exactly', async (path, itemsOf) => {
    const answer = await call(server, path)
    expect(answer.status).toBe(200)
    expect(answer.text).toContain(`注入测试${run}`)
    expect(XMLValidator.validate(answer.text)).toBe(true)
    const parsed = parser.parse(answer.text)
    // The title's markup is text inside CDATA, never an element of the feed.
    expect(JSON.stringify(parsed)).not.toContain('"injected":')
    const items = [itemsOf(parsed)].flat()
    const item = items.find((entry: any) => textOf(entry.title).includes(run))
    expect(textOf(item.title)).toBe(TITLE)
  })
})
