import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Desk, messageOf, openDesk } from './desk'

// Finding 8: uploaded media was public on upload: an embargoed photo leaked by URL.
describe('F08 media is private until a published piece uses it', () => {
  let desk: Desk
  beforeAll(async () => {
    desk = await openDesk()
  })
  afterAll(() => desk?.close())

  const upload = async (name: string) => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#1b4fb3' } }).png().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), name)
    form.append('_payload', JSON.stringify({ alt: '禁发照片' }))
    const answer = await desk.api('reporterOwn', 'POST', '/media', form)
    expect(answer.status, messageOf(answer)).toBe(201)
    return answer.json.doc as { id: number; url: string; sizes: { thumbnail?: { url?: string } } }
  }

  it('F08: should answer an unused upload\'s URL with 403/404 to the public and 200 to staff', async () => {
    const media = await upload(`embargo-${Date.now()}.png`)
    const file = new URL(media.url, 'http://x').pathname
    expect([403, 404]).toContain((await desk.page('anonymous', file)).status)
    expect([403, 404]).toContain((await desk.api('anonymous', 'GET', `/media/${media.id}`)).status)
    expect((await desk.api('anonymous', 'GET', '/media')).text).not.toContain(file)
    expect((await desk.page('editor', file)).status).toBe(200)
    expect((await desk.page('reporterOwn', file)).status).toBe(200)
  })

  it('F08: should serve it to the public once a published article uses it', async () => {
    const media = await upload(`hero-${Date.now()}.png`)
    const file = new URL(media.url, 'http://x').pathname
    const id = (await desk.api('editor', 'POST', '/articles', { title: '用了照片的稿件', heroImage: media.id })).json.doc.id as number
    expect([403, 404]).toContain((await desk.page('anonymous', file)).status)
    const published = await desk.api('editor', 'PATCH', `/articles/${id}`, { stage: 'published' })
    expect(published.status, messageOf(published)).toBe(200)
    expect((await desk.page('anonymous', file)).status).toBe(200)
  })
})
