import { delegateChannel, feedResponse, isFeedFile, personPath } from 'newsroom/site'
import { getSitePayload } from '../../../../_lib/sitePayload'

export const dynamic = 'force-dynamic'

/** A delegate's statements as a feed: /people/{slug}/feeds/rss.xml (atom.xml, feed.json). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug: raw, file } = await params
  if (!isFeedFile(file)) return new Response('Not found', { status: 404 })
  const slug = decodeURIComponent(raw)
  return feedResponse(file, personPath(slug), async () => delegateChannel(await getSitePayload(), slug))
}
