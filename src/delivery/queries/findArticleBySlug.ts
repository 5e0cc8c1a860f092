import type { Payload } from 'payload'

import type { Article, Statement } from '../../../payload-types'
import { ARTICLES, STATEMENTS } from '../../constants'
import { publicReader, type Reader } from '../reader'

/** The article at a slug as this reader may see it, or null (draft, scheduled, unknown, retracted). */
export const findArticleBySlug = async (payload: Payload, slug: string, reader: Reader = publicReader): Promise<Article | null> => {
  const { docs } = await payload.find({
    collection: ARTICLES,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    joins: false,
    pagination: false,
    ...reader,
  })
  return docs[0] ?? null
}

/** An article's statements in printed order, each with its speaker and bylines (what the reader may see). */
export const findArticleStatements = async (payload: Payload, articleId: number, reader: Reader = publicReader): Promise<Statement[]> => {
  const { docs } = await payload.find({
    collection: STATEMENTS,
    where: { article: { equals: articleId } },
    sort: 'position',
    depth: 1,
    pagination: false,
    ...reader,
  })
  return docs
}
