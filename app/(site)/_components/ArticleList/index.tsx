import type { Article } from '../../../../payload-types'
import { articlePath, bylinesOf } from 'newsroom/site'
import { formatDay } from '../../_lib/formatDate'
import { Bylines } from '../Bylines'
import { SourceLine } from '../SourceLine'

/** Article teasers, newest first; the heading level follows the page's outline. */
export const ArticleList = ({ articles, headingLevel = 2 }: { articles: Article[]; headingLevel?: 2 | 3 }) => {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ol className="teasers">
      {articles.map((article) => (
        <li key={article.id} className="teaser">
          <article>
            <Heading className="teaser__title">
              <a href={articlePath(article.slug ?? String(article.id))}>{article.title}</a>
            </Heading>
            {article.dek && <p className="teaser__dek">{article.dek}</p>}
            <div className="meta">
              {/* The print edition when there is one, else the day it went online: never two dates. */}
              {article.source?.editionDate || !article.publishedAt ? (
                <SourceLine source={article.source} />
              ) : (
                <time dateTime={article.publishedAt}>{formatDay(article.publishedAt)}</time>
              )}
              <Bylines bylines={bylinesOf(article)} />
            </div>
          </article>
        </li>
      ))}
    </ol>
  )
}
