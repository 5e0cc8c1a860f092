import type { Payload } from 'payload'

import { articlePath } from './paths'
import { findLatestArticles } from './queries/findLatestArticles'
import { absoluteURL, SITE_NAME, siteURLOf } from './siteURL'

const TWO_DAYS = 2 * 24 * 3600_000
const MAX_NEWS_URLS = 1000

const escapeXml = (text: string): string =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)

/** A Google News sitemap: articles published in the last two days, at most 1,000, newest first. */
export const newsSitemap = async (payload: Payload, now = new Date()): Promise<string> => {
  const { docs } = await findLatestArticles(payload, { limit: MAX_NEWS_URLS, since: new Date(now.getTime() - TWO_DAYS) })
  const siteURL = siteURLOf(payload)
  const urls = docs.map(
    (a) => `<url><loc>${escapeXml(absoluteURL(siteURL, articlePath(a.slug ?? String(a.id))))}</loc><news:news><news:publication><news:name>${escapeXml(SITE_NAME)}</news:name><news:language>zh-cn</news:language></news:publication><news:publication_date>${a.publishedAt ?? a.createdAt}</news:publication_date><news:title>${escapeXml(a.title)}</news:title></news:news></url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join('\n')}\n</urlset>\n`
}
