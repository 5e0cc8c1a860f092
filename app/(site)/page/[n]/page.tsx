import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { LatestArticles, latestMetadata } from '../../_components/LatestArticles'
import { pageNumber } from '../../_lib/pageNumber'

type Props = { params: Promise<{ n: string }> }

// The home page and its later pages, cached like an article page. `/` is this route's page 1
// (a rewrite in next.config.ts): a page at `/` itself would be prerendered by `next build` from
// the build's database and served stale after each deploy, and one that read `?page=` would
// be rendered on every request. Nothing is rendered at build time: each page is rendered on
// its first request, cached, and revalidated on publish (src/delivery/affectedPaths.ts names
// every page of the list). (Literals: Next reads them statically.)
export const generateStaticParams = async (): Promise<{ n: string }[]> => []
export const revalidate = 60

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => latestMetadata(pageNumber((await params).n) ?? 1)

/** `/` and `/page/2`: the latest published articles, 20 a page. */
const LatestPage = async ({ params }: Props) => {
  const page = pageNumber((await params).n)
  if (page === null) notFound()
  return <LatestArticles page={page} />
}

export default LatestPage
