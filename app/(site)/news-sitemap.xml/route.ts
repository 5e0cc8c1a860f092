import { cachedList, newsSitemap } from 'newsroom/site'
import { getSitePayload } from '../_lib/sitePayload'

export const dynamic = 'force-dynamic'

/** /news-sitemap.xml: the Google News sitemap. */
export async function GET() {
  const payload = await getSitePayload()
  return new Response(await cachedList('news-sitemap', () => newsSitemap(payload)), { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
