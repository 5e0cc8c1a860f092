import { feedResponse, isFeedFile, reporterChannel, reporterPath } from 'newsroom/site'
import { getSitePayload } from '../../../../_lib/sitePayload'

export const dynamic = 'force-dynamic'

/** A reporter's byline archive as a feed: /reporters/{slug}/feeds/rss.xml (atom.xml, feed.json). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug: raw, file } = await params
  if (!isFeedFile(file)) return new Response('Not found', { status: 404 })
  const slug = decodeURIComponent(raw)
  return feedResponse(file, reporterPath(slug), async () => reporterChannel(await getSitePayload(), slug))
}
