import type { PaginatedDocs, Payload } from 'payload'

import type { Article } from '../../../payload-types'
import { ARTICLES } from '../../constants'
import { publicReader } from '../reader'

export const PAGE_SIZE = 20

type Options = { page?: number; limit?: number; since?: Date; withIntro?: boolean }

/**
 * Published articles, newest first (access leaves out drafts, scheduled and retracted pieces),
 * with what a teaser or a feed item shows: never the statements, the outro or the corrections.
 */
export const findLatestArticles = async (
  payload: Payload,
  { page = 1, limit = PAGE_SIZE, since, withIntro = false }: Options = {},
): Promise<PaginatedDocs<Article>> =>
  // cast: select narrows the documents at run time; Payload types the result as whole documents
  payload.find({
    collection: ARTICLES,
    where: since ? { publishedAt: { greater_than_equal: since.toISOString() } } : {},
    sort: '-publishedAt',
    page,
    limit,
    depth: 1,
    joins: false,
    select: { title: true, slug: true, dek: true, source: true, bylines: true, publishedAt: true, createdAt: true, updatedAt: true, ...(withIntro ? { intro: true as const } : {}) },
    populate: { reporters: { name: true, slug: true } },
    ...publicReader,
  }) as Promise<PaginatedDocs<Article>>
