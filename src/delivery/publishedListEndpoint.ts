import type { Endpoint, PaginatedDocs, SelectType } from 'payload'

import { cachedList } from './listCache'
import { publicReader } from './reader'

export const PUBLISHED_LIST_MAX = 100

type Lean = { collection: 'articles' | 'statements'; select: SelectType }

// `?limit=10&page=2`: a whole number in range, or the default.
const intParam = (value: string | null, fallback: number, max: number): number => {
  const n = Number(value ?? fallback)
  return Number.isSafeInteger(n) && n >= 1 ? Math.min(n, max) : fallback
}

/**
 * `GET /api/<collection>/published?limit=&page=`: the public list, newest first, with only the
 * fields a list shows and relationships as ids (depth 0): each document is what
 * `GET /api/<collection>?depth=0&sort=-publishedAt` answers for the same fields, without the
 * rich text and the joins. Always read as the public (never a
 * draft, whoever asks), so one answer serves every reader: it is kept in the list cache until
 * the next publish clears it (src/delivery/listCache.ts). Staff lists use Payload's own REST.
 */
export const publishedListEndpoint = ({ collection, select }: Lean): Endpoint => ({
  path: '/published',
  method: 'get',
  handler: async (req) => {
    const limit = intParam(req.searchParams.get('limit'), 10, PUBLISHED_LIST_MAX)
    const page = intParam(req.searchParams.get('page'), 1, Number.MAX_SAFE_INTEGER)
    const list = await cachedList(`rest:${collection}:${limit}:${page}`, () =>
      // `select` leaves out the join fields too (an article's statements are not queried).
      // cast: select narrows the documents at run time; Payload types the result as whole documents
      req.payload.find({ collection, sort: '-publishedAt', select, depth: 0, limit, page, ...publicReader }) as Promise<PaginatedDocs>,
    )
    return Response.json(list)
  },
})

/** What a list of statements shows: who said it, where, in which order; never the body. */
export const LEAN_STATEMENT: SelectType = {
  headline: true,
  article: true,
  position: true,
  speaker: true,
  speakerName: true,
  speakerTitles: true,
  bylines: true,
  publishedAt: true,
  updatedAt: true,
  createdAt: true,
}

/** What a list of articles shows: a teaser; never the intro, outro, statements or corrections. */
export const LEAN_ARTICLE: SelectType = {
  title: true,
  slug: true,
  dek: true,
  source: true,
  bylines: true,
  heroImage: true,
  publishedAt: true,
  updatedAt: true,
  createdAt: true,
}
