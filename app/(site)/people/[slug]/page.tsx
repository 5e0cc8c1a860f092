import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import type { Statement } from '../../../../payload-types'
import { articleOf, articlePath, feedPath, findDelegateBySlug, findStatementsBySpeaker, personPath, speakerOf, statementPath } from 'newsroom/site'
import { formatDay } from '../../_lib/formatDate'
import { getSitePayload } from '../../_lib/sitePayload'
import { profileMetadata } from '../../_lib/profileMetadata'

type Props = { params: Promise<{ slug: string }> }

// A person's page exists once something they said is published: a name that appears only in
// unpublished copy is not revealed.
const load = cache(async (slug: string) => {
  const payload = await getSitePayload()
  const delegate = await findDelegateBySlug(payload, slug)
  const statements = delegate ? await findStatementsBySpeaker(payload, delegate.id) : []
  return delegate && statements.length ? { delegate, statements } : null
})

export const generateStaticParams = async (): Promise<{ slug: string }[]> => []
// A publish revalidates the page at once on the server that made it; other app servers (and a
// CDN honouring Cache-Control) refresh it within a minute. (A literal: Next reads it statically.)
export const revalidate = 60

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const slug = decodeURIComponent((await params).slug)
  const delegate = (await load(slug))?.delegate
  return profileMetadata(delegate && { path: personPath(delegate.slug ?? slug), title: delegate.name, name: delegate.name, description: delegate.bio })
}

const said = (s: Statement) => {
  const article = articleOf(s)
  const titles = speakerOf(s).titles
  return (
    <li key={s.id}>
      <a href={statementPath(s.id)}>{s.headline || '发言'}</a>
      {titles.length > 0 && <span className="aside">（时任{titles.join('、')}）</span>}
      <span className="meta">
        {article && <a href={articlePath(article.slug ?? String(article.id))}>{article.title}</a>}
        {s.publishedAt && <time dateTime={s.publishedAt}>{formatDay(s.publishedAt)}</time>}
      </span>
    </li>
  )
}

const PersonPage = async ({ params }: Props) => {
  const { slug } = await params
  const loaded = await load(decodeURIComponent(slug))
  if (!loaded) notFound()
  const { delegate, statements } = loaded
  return (
    <article className="profile" aria-labelledby="person-name">
      <h1 id="person-name">{delegate.name}</h1>
      {delegate.bio && <p className="dek">{delegate.bio}</p>}
      {delegate.titles?.length ? (
        <section aria-labelledby="titles">
          <h2 id="titles">职务</h2>
          <ul className="titles">
            {delegate.titles.map((t, i) => (
              <li key={t.id ?? i}>
                {t.title}
                {t.organization && <span className="aside">（{t.organization}）</span>}
                {(t.start || t.end) && <span className="meta">{formatDay(t.start)}—{formatDay(t.end) || '今'}</span>}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="statements">
        <h2 id="statements">发言（{statements.length}）</h2>
        <ol className="archive">{statements.map(said)}</ol>
      </section>
      <p className="feeds">
        订阅：<a href={feedPath('rss.xml', personPath(slug))}>RSS</a> · <a href={feedPath('atom.xml', personPath(slug))}>Atom</a> ·{' '}
        <a href={feedPath('feed.json', personPath(slug))}>JSON Feed</a>
      </p>
    </article>
  )
}

export default PersonPage
