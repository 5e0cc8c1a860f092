import type { MetadataRoute } from 'next'

import { absoluteURL, cachedList, sitemapEntries, siteURLOf } from 'newsroom/site'
import { getSitePayload } from './_lib/sitePayload'

// Never built into the app from the build machine's database: read at request time, through
// the list cache that every publish clears (src/delivery/listCache.ts).
export const dynamic = 'force-dynamic'

/** /sitemap.xml: every public page. */
const sitemap = async (): Promise<MetadataRoute.Sitemap> => {
  const payload = await getSitePayload()
  return (await cachedList('sitemap', () => sitemapEntries(payload))).map(({ path, lastModified }) => ({ url: absoluteURL(siteURLOf(payload), path), lastModified }))
}

export default sitemap
