import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { absoluteURL, cachedList, findLatestArticles, homePath } from 'newsroom/site'
import { ArticleList } from './_components/ArticleList'
import { Pagination } from './_components/Pagination'
import { pageNumber } from './_lib/pageNumber'
import { getSitePayload } from './_lib/sitePayload'

type Props = { searchParams: Promise<{ page?: string | string[] }> }

export const generateMetadata = async ({ searchParams }: Props): Promise<Metadata> => {
  const page = pageNumber((await searchParams).page) ?? 1
  return { alternates: { canonical: absoluteURL(homePath(page)) }, openGraph: { type: 'website', url: absoluteURL(homePath(page)) } }
}

/** The latest published articles, 20 a page (`/?page=2`); lists never show retracted pieces. */
const HomePage = async ({ searchParams }: Props) => {
  const page = pageNumber((await searchParams).page)
  if (page === null) notFound()
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

export default HomePage
