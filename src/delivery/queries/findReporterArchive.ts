import type { Payload } from 'payload'

import type { Article, Statement } from '../../../payload-types'
import { ARTICLES, REPORTERS, STATEMENTS } from '../../constants'
import { publicReader } from '../reader'
import { findPublicBySlug } from './findPublicBySlug'

/** A reporter (public profile) by slug, or null. */
export const findReporterBySlug = (payload: Payload, slug: string) => findPublicBySlug(payload, REPORTERS, slug)

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
