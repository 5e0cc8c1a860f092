import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'

import type { Cast } from './actors'

let counter = 0
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`

export const tinyPng = () =>
  sharp({ create: { width: 4, height: 4, channels: 3, background: '#b3141b' } })
    .png()
    .toBuffer()

/** Data a create call sends, per collection. */
export function createData(collection: string, refs: { articleId: number }): Record<string, unknown> {
  const tag = unique()
  switch (collection) {
    case 'articles':
      return { title: `新稿件 ${tag}` }
    case 'statements':
      return { headline: `新发言 ${tag}` }
    case 'delegates':
      return { name: `代表${tag}` }
    case 'reporters':
      return { name: `记者${tag}` }
    case 'users':
      return { name: `用户${tag}`, email: `u${tag}@example.com`, password: 'a long enough password', roles: ['reporter'] }
    case 'audit':
      return { collectionSlug: 'articles', documentId: '1', action: 'forged' }
    case 'imports':
      return { rawText: `# 综述 ${tag}\n\n某县委书记 张${tag}\n\n要抓好落实。\n\n（记者 李明）` }
    case 'notifications':
      return { kind: 'return', collectionSlug: 'articles', documentId: String(refs.articleId), title: `通知 ${tag}`, note: '请补充' }
    case 'comments':
      return { doc: { relationTo: 'articles', value: refs.articleId }, body: `批注 ${tag}` }
    default:
      return { alt: `图片 ${tag}` }
  }
}

/** Data an update call sends, per collection. */
export const updateData: Record<string, Record<string, unknown>> = {
  articles: { title: '改过的标题' },
  statements: { headline: '改过的小标题' },
  delegates: { bio: '改过的简介' },
  reporters: { name: '改过的署名' },
  media: { alt: '改过的说明' },
  users: { name: '改过的名字' },
  audit: { note: '篡改' },
  comments: { body: '改过的批注' },
  imports: { title: '改过的导入标题' },
  notifications: { read: true },
}

/** A fresh target document: drafts and comments belong to reporterOwn. */
export async function createTarget(payload: Payload, cast: Cast, collection: CollectionSlug, refs: { articleId: number }) {
  const owner = { ...cast.users.reporterOwn, collection: 'users' as const }
  const data = createData(collection, refs)
  if (collection === 'media') {
    const buffer = await tinyPng()
    const file = { data: buffer, mimetype: 'image/png', name: `${unique()}.png`, size: buffer.length }
    return payload.create({ collection, data: data as never, file, overrideAccess: true })
  }
  if (collection === 'articles' || collection === 'statements' || collection === 'imports') {
    return payload.create({ collection, data: { ...data, owner: owner.id } as never, overrideAccess: true, user: owner })
  }
  if (collection === 'notifications') {
    return payload.create({ collection, data: { ...data, recipient: owner.id } as never, overrideAccess: true })
  }
  return payload.create({ collection, data: data as never, overrideAccess: true, user: owner })
}
