import type { Article, Statement } from '../../payload-types'
import { CREDITS, type Credit } from '../constants'
import { personPath, reporterPath } from './paths'

export type Byline = { name: string; credit: Credit; label: string; path: string | null }

const creditLabel = (credit: Credit): string => CREDITS.find((c) => c.value === credit)?.label.zh ?? credit

/** The bylines a reader may see, as printed (`记者 张三`), with a link to each reporter's archive. */
export const bylinesOf = (doc: Pick<Article | Statement, 'bylines'>): Byline[] =>
  (doc.bylines ?? []).flatMap(({ reporter, credit }) => {
    if (typeof reporter !== 'object' || !reporter) return []
    return [{ name: reporter.name, credit, label: creditLabel(credit), path: reporter.slug ? reporterPath(reporter.slug) : null }]
  })

/** Bylines of an article and its statements, each reporter once, the article's own first. */
export const allBylines = (article: Article, statements: Statement[]): Byline[] => {
  const seen = new Set<string>()
  return [article, ...statements].flatMap(bylinesOf).filter((b) => !seen.has(b.name) && seen.add(b.name))
}

/** Writers (记者, 通讯员) are authors; photographers and editors are contributors. */
export const isAuthorCredit = (credit: Credit): boolean => credit === 'reporter' || credit === 'correspondent'

export type Speaker = { name: string; titles: string[]; path: string | null }

/** The speaker as printed at the time (name and titles snapshot), linked to their page when public. */
export const speakerOf = (statement: Statement): Speaker => {
  const delegate = typeof statement.speaker === 'object' && statement.speaker ? statement.speaker : null
  return {
    name: statement.speakerName || delegate?.name || '',
    titles: (statement.speakerTitles ?? []).map((t) => t.title),
    path: delegate?.slug ? personPath(delegate.slug) : null,
  }
}

/** The article a statement belongs to, when the reader may see it. */
export const articleOf = (statement: Statement): Pick<Article, 'id' | 'title' | 'slug' | 'source' | 'publishedAt'> | null =>
  typeof statement.article === 'object' && statement.article ? statement.article : null
