import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { cachedList, findLatestArticles, homePath } from 'newsroom/site'
import { getSitePayload } from '../../_lib/sitePayload'
import { siteLink } from '../../_lib/siteURL'
import { ArticleList } from '../ArticleList'
import { Pagination } from '../Pagination'

/** The canonical URL of page `page` of the latest articles (`/`, `/page/2`). */
export const latestMetadata = async (page: number): Promise<Metadata> => {
  const url = await siteLink(homePath(page))
  return { alternates: { canonical: url }, openGraph: { type: 'website', url } }
}

/**
 * One page of the latest published articles, 20 a page; lists never show retracted pieces.
 * A page past the last answers 404 (page 1 always exists, empty or not).
 */
export const LatestArticles = async ({ page }: { page: number }) => {
  const payload = await getSitePayload()
  const { docs, totalPages } = await cachedList(`home:${page}`, () => findLatestArticles(payload, { page }))
  if (page > 1 && page > totalPages) notFound()
  return (
    <section aria-labelledby="latest">
      <h1 id="latest">最新报道</h1>
      {docs.length ? <ArticleList articles={docs} /> : <p className="empty">暂无已发布的报道。</p>}
      <Pagination page={page} totalPages={totalPages} />
    </section>
  )
}
