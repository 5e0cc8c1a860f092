import type { Article, Statement } from '../../payload-types'
import { articleOf, bylinesOf, speakerOf } from './people'
import { articlePath, statementPath } from './paths'
import { richTextToHTML, richTextToPlain } from './richText'

/** One item of a feed, whatever the format. */
export type FeedEntry = {
  title: string
  path: string
  date: Date
  published: Date
  description?: string
  content?: string
  authors: { name: string; path: string | null }[]
}

const authorsOf = (doc: Article | Statement): FeedEntry['authors'] => bylinesOf(doc).map(({ name, path }) => ({ name, path }))

export const articleFeedEntry = (article: Article): FeedEntry => ({
  title: article.title,
  path: articlePath(article.slug ?? String(article.id)),
  date: new Date(article.updatedAt),
  published: new Date(article.publishedAt ?? article.createdAt),
  description: article.dek || richTextToPlain(article.intro).slice(0, 200) || undefined,
  content: richTextToHTML(article.intro) || undefined,
  authors: authorsOf(article),
})

/** `张三（某某县县长）：标题` with the titles printed for the speaker then. */
export const statementFeedEntry = (statement: Statement): FeedEntry => {
  const speaker = speakerOf(statement)
  const who = speaker.titles.length ? `${speaker.name}（${speaker.titles.join('，')}）` : speaker.name
  const article = articleOf(statement)
  return {
    title: [who, statement.headline].filter(Boolean).join('：') || article?.title || '发言',
    path: statementPath(statement.id),
    date: new Date(statement.updatedAt),
    published: new Date(statement.publishedAt ?? statement.createdAt),
    description: richTextToPlain(statement.body).slice(0, 200) || undefined,
    content: richTextToHTML(statement.body) || undefined,
    authors: authorsOf(statement),
  }
}
