import type { Payload, Where } from 'payload'

import { ARTICLES, STATEMENTS } from '../../constants'

export type RetractedNotice = {
  title: string
  path: { collection: typeof ARTICLES | typeof STATEMENTS; key: string }
  reason: string
  retractedAt: string | null
}

const RETRACTED: Where[] = [{ stage: { equals: 'retracted' } }, { _status: { equals: 'published' } }]

/**
 * The public notice of a retracted piece, which keeps its URL. Access (publishedWhere) leaves
 * retracted pieces out of every read, so this is the one read that skips access: deliberately
 * narrow, it matches only `stage = retracted` and selects only the title, the slug and the
 * retraction fields, never the body.
 */
export const findRetractedNotice = async (
  payload: Payload,
  target: { collection: typeof ARTICLES; slug: string } | { collection: typeof STATEMENTS; id: number },
): Promise<RetractedNotice | null> => {
  if (target.collection === ARTICLES) {
    const { docs } = await payload.find({
      collection: ARTICLES,
      where: { and: [{ slug: { equals: target.slug } }, ...RETRACTED] },
      select: { title: true, slug: true, retraction: true },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const doc = docs[0]
    return doc ? { title: doc.title, path: { collection: ARTICLES, key: doc.slug ?? target.slug }, reason: doc.retraction?.reason ?? '', retractedAt: doc.retraction?.retractedAt ?? null } : null
  }
  const { docs } = await payload.find({
    collection: STATEMENTS,
    where: { and: [{ id: { equals: target.id } }, ...RETRACTED] },
    select: { headline: true, speakerName: true, retraction: true },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const doc = docs[0]
  if (!doc) return null
  const title = [doc.speakerName, doc.headline].filter(Boolean).join('：') || '发言'
  return { title, path: { collection: STATEMENTS, key: String(doc.id) }, reason: doc.retraction?.reason ?? '', retractedAt: doc.retraction?.retractedAt ?? null }
}
