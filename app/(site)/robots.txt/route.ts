import { NEWS_SITEMAP_PATH, SITEMAP_PATH } from 'newsroom/site'
import { siteLink } from '../_lib/siteURL'

export const dynamic = 'force-dynamic'

/**
 * /robots.txt: the site is open; the admin, the API and staff preview are not for crawlers.
 * (A route handler: the robots.ts metadata file is only honoured at the app root, outside this group.)
 */
export async function GET() {
  const lines = [
    'User-Agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /api',
    'Disallow: /preview',
    '',
    `Sitemap: ${await siteLink(SITEMAP_PATH)}`,
    `Sitemap: ${await siteLink(NEWS_SITEMAP_PATH)}`,
    '',
  ]
  return new Response(lines.join('\n'), { headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
