import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { articleOf, feedPath, findReporterArchive, findReporterBySlug, reporterPath, speakerOf, statementPath } from 'newsroom/site'
import { ArticleList } from '../../_components/ArticleList'
import { formatDay } from '../../_lib/formatDate'
import { getSitePayload } from '../../_lib/sitePayload'
import { profileMetadata } from '../../_lib/profileMetadata'

type Props = { params: Promise<{ slug: string }> }

// A byline archive exists once the reporter has published work.
const load = cache(async (slug: string) => {
  const payload = await getSitePayload()
  const reporter = await findReporterBySlug(payload, slug)
  if (!reporter) return null
  const archive = await findReporterArchive(payload, reporter.id)
  return archive.articles.length || archive.statements.length ? { reporter, ...archive } : null
})

export const generateStaticParams = async (): Promise<{ slug: string }[]> => []
// A publish revalidates the page at once on the server that made it; other app servers (and a
// CDN honouring Cache-Control) refresh it within a minute. (A literal: Next reads it statically.)
export const revalidate = 60

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const slug = decodeURIComponent((await params).slug)
  const reporter = (await load(slug))?.reporter
  return profileMetadata(reporter && { path: reporterPath(reporter.slug ?? slug), title: `${reporter.name}的报道`, name: reporter.name })
}

const ReporterPage = async ({ params }: Props) => {
  const { slug } = await params
  const loaded = await load(decodeURIComponent(slug))
  if (!loaded) notFound()
  const { reporter, articles, statements } = loaded
  return (
    <article className="profile" aria-labelledby="reporter-name">
      <h1 id="reporter-name">{reporter.name}</h1>
      {articles.length > 0 && (
        <section aria-labelledby="articles">
          <h2 id="articles">署名报道（{articles.length}）</h2>
          <ArticleList articles={articles} headingLevel={3} />
        </section>
      )}
      {statements.length > 0 && (
        <section aria-labelledby="entries">
          <h2 id="entries">采写的发言（{statements.length}）</h2>
          <ol className="archive">
            {statements.map((s) => (
              <li key={s.id}>
                <a href={statementPath(s.id)}>{[speakerOf(s).name, s.headline].filter(Boolean).join('：') || '发言'}</a>
                <span className="meta">
                  {articleOf(s)?.title}
                  {s.publishedAt && <time dateTime={s.publishedAt}>{formatDay(s.publishedAt)}</time>}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <p className="feeds">
        订阅：<a href={feedPath('rss.xml', reporterPath(slug))}>RSS</a> · <a href={feedPath('atom.xml', reporterPath(slug))}>Atom</a> ·{' '}
        <a href={feedPath('feed.json', reporterPath(slug))}>JSON Feed</a>
      </p>
    </article>
  )
}

export default ReporterPage
