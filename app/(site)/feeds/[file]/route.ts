import { feedResponse, isFeedFile, siteChannel } from 'newsroom/site'
import { getSitePayload } from '../../_lib/sitePayload'

// Rendered per request from a list kept until the next publish (src/delivery/listCache.ts).
export const dynamic = 'force-dynamic'

/** The site's feeds: /feeds/rss.xml, /feeds/atom.xml, /feeds/feed.json. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  if (!isFeedFile(file)) return new Response('Not found', { status: 404 })
  return feedResponse(file, '/', async () => siteChannel(await getSitePayload()))
}
