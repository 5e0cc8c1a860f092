import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { articleOf, articlePath, findRetractedNotice, findStatementById, parseId, SITE_NAME, speakerOf, statementPath, STATEMENTS } from 'newsroom/site'
import { RetractedNotice } from '../../_components/RetractedNotice'
import { SourceLine } from '../../_components/SourceLine'
import { StatementEntry } from '../../_components/StatementEntry'
import { getSitePayload } from '../../_lib/sitePayload'
import { siteLink } from '../../_lib/siteURL'
import { getSiteReader } from '../../_lib/siteReader'

type Props = { params: Promise<{ id: string }> }

const load = cache(async (raw: string) => {
  const id = parseId(raw)
  if (id === null) return { statement: null, notice: null }
  const payload = await getSitePayload()
  const statement = await findStatementById(payload, id, await getSiteReader())
  if (statement) return { statement, notice: null }
  const notice = await findRetractedNotice(payload, { collection: STATEMENTS, id })
  return { statement: null, notice }
})

// Rendered on first request, cached, revalidated on publish (see src/delivery/revalidateAfterChange.ts).
export const generateStaticParams = async (): Promise<{ id: string }[]> => []
// A publish revalidates the page at once on the server that made it; other app servers (and a
// CDN honouring Cache-Control) refresh it within a minute. (A literal: Next reads it statically.)
export const revalidate = 60

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { statement, notice } = await load((await params).id)
  if (!statement) return { title: notice ? `已撤回：${notice.title}` : '未找到', robots: { index: false } }
  const speaker = speakerOf(statement)
  const title = [speaker.name, statement.headline].filter(Boolean).join('：') || '发言'
  const url = await siteLink(statementPath(statement.id))
  return {
    title,
    alternates: { canonical: url },
    openGraph: { type: 'article', url, title, siteName: SITE_NAME, locale: 'zh_CN', publishedTime: statement.publishedAt ?? undefined },
  }
}

const StatementPage = async ({ params }: Props) => {
  const { statement, notice } = await load((await params).id)
  if (notice) return <RetractedNotice notice={notice} />
  if (!statement) notFound()
  const article = articleOf(statement)
  return (
    <div className="statement-page">
      {article && (
        <nav className="context" aria-label="所属报道">
          <p>
            出自 <a href={articlePath(article.slug ?? String(article.id))}>{article.title}</a>
          </p>
          <SourceLine source={article.source} />
        </nav>
      )}
      <StatementEntry statement={statement} headingLevel={1} />
    </div>
  )
}

export default StatementPage
