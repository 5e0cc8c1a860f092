import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { absoluteURL, allBylines, articleJsonLd, articleNinjsPath, articlePath, bylinesOf, SITE_NAME } from 'newsroom/site'
import { Bylines } from '../../_components/Bylines'
import { Corrections } from '../../_components/Corrections'
import { HeroImage } from '../../_components/HeroImage'
import { JsonLd } from '../../_components/JsonLd'
import { RetractedNotice } from '../../_components/RetractedNotice'
import { SafeRichText } from '../../_components/SafeRichText'
import { SourceLine } from '../../_components/SourceLine'
import { StatementEntry } from '../../_components/StatementEntry'
import { formatDateTime } from '../../_lib/formatDate'
import { getSiteURL } from '../../_lib/siteURL'
import { loadArticle } from '../../_lib/loadArticle'

type Props = { params: Promise<{ slug: string }> }

// Nothing is rendered at build time: each article is rendered on its first request, cached,
// and revalidated when it (or a statement in it) is published, corrected or retracted.
export const generateStaticParams = async (): Promise<{ slug: string }[]> => []
// A publish revalidates the page at once on the server that made it; other app servers (and a
// CDN honouring Cache-Control) refresh it within a minute. (A literal: Next reads it statically.)
export const revalidate = 60

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { slug } = await params
  const loaded = await loadArticle(decodeURIComponent(slug))
  if (loaded.kind === 'missing') return { title: '未找到', robots: { index: false } }
  if (loaded.kind === 'retracted') return { title: `已撤回：${loaded.notice.title}`, robots: { index: false } }
  const { article, statements } = loaded
  const siteURL = await getSiteURL()
  const url = absoluteURL(siteURL, articlePath(article.slug ?? slug))
  return {
    title: article.title,
    description: article.dek ?? undefined,
    alternates: { canonical: url, types: { 'application/json': absoluteURL(siteURL, articleNinjsPath(article.slug ?? slug)) } },
    openGraph: {
      type: 'article',
      url,
      title: article.title,
      description: article.dek ?? undefined,
      siteName: SITE_NAME,
      locale: 'zh_CN',
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      authors: allBylines(article, statements).map((b) => b.name),
      ...(typeof article.heroImage === 'object' && article.heroImage?.url
        ? { images: [{ url: absoluteURL(siteURL, article.heroImage.url), width: article.heroImage.width ?? undefined, height: article.heroImage.height ?? undefined, alt: article.heroImage.alt }] }
        : {}),
    },
    ...(loaded.preview ? { robots: { index: false, follow: false } } : {}),
  }
}

const ArticlePage = async ({ params }: Props) => {
  const { slug } = await params
  const loaded = await loadArticle(decodeURIComponent(slug))
  if (loaded.kind === 'missing') notFound()
  if (loaded.kind === 'retracted') return <RetractedNotice notice={loaded.notice} />
  const { article, statements, preview } = loaded
  return (
    <article className="story" aria-labelledby="story-title">
      {preview && <p className="notice notice--preview" role="status">预览：这是编辑部内部预览，可能包含未发布的内容。</p>}
      <header className="story__header">
        <SourceLine source={article.source} />
        <h1 id="story-title">{article.title}</h1>
        {article.dek && <p className="dek">{article.dek}</p>}
        <div className="meta">
          <Bylines bylines={bylinesOf(article)} />
          {article.publishedAt && (
            <span>
              网络发布 <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt)}</time>
            </span>
          )}
        </div>
      </header>
      <HeroImage image={article.heroImage} />
      <Corrections corrections={article.corrections} />
      {article.intro && <SafeRichText className="prose intro" data={article.intro} />}
      {statements.length > 0 && (
        <ol className="statements">
          {statements.map((statement) => (
            <li key={statement.id}>
              <StatementEntry statement={statement} linked />
            </li>
          ))}
        </ol>
      )}
      {article.outro && <SafeRichText className="prose outro" data={article.outro} />}
      {!preview && <JsonLd data={articleJsonLd(article, statements, await getSiteURL())} />}
    </article>
  )
}

export default ArticlePage
