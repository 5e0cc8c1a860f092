import type { Payload } from 'payload'

import type { Article, Reporter, Statement } from '../../../payload-types'
import { ARTICLES, REPORTERS, STATEMENTS } from '../../constants'
import { publicReader } from '../reader'

/** A reporter (public byline) by slug, or null. */
export const findReporterBySlug = async (payload: Payload, slug: string): Promise<Reporter | null> => {
  const { docs } = await payload.find({
    collection: REPORTERS,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    pagination: false,
    ...publicReader,
  })
  return docs[0] ?? null
}

export type ReporterArchive = { articles: Article[]; statements: Statement[] }

/** A byline archive: the published articles and statements that credit this reporter, newest first. */
export const findReporterArchive = async (payload: Payload, reporterId: number, limit = 200): Promise<ReporterArchive> => {
  const where = { 'bylines.reporter': { equals: reporterId } }
  const [articles, statements] = await Promise.all([
    payload.find({ collection: ARTICLES, where, sort: '-publishedAt', limit, depth: 1, joins: false, ...publicReader }),
    payload.find({
      collection: STATEMENTS,
      where,
      sort: '-publishedAt',
      limit,
      depth: 1,
      populate: { articles: { title: true, slug: true, source: true, publishedAt: true } },
      ...publicReader,
    }),
  ])
  return { articles: articles.docs, statements: statements.docs }
}
