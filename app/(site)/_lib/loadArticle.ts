import { cache } from 'react'

import type { Article, Statement } from '../../../payload-types'
import { ARTICLES, findArticleBySlug, findArticleStatements, findRetractedNotice, type RetractedNotice } from 'newsroom/site'
import { getSitePayload } from './sitePayload'
import { getSiteReader } from './siteReader'

export type LoadedArticle =
  | { kind: 'article'; article: Article; statements: Statement[]; preview: boolean }
  | { kind: 'retracted'; notice: RetractedNotice }
  | { kind: 'missing' }

/** An article page's data, once per request (shared by generateMetadata and the page). */
export const loadArticle = cache(async (slug: string): Promise<LoadedArticle> => {
  const payload = await getSitePayload()
  const reader = await getSiteReader()
  const article = await findArticleBySlug(payload, slug, reader)
  if (article) {
    return { kind: 'article', article, statements: await findArticleStatements(payload, article.id, reader), preview: reader.draft }
  }
  const notice = await findRetractedNotice(payload, { collection: ARTICLES, slug })
  return notice ? { kind: 'retracted', notice } : { kind: 'missing' }
})
