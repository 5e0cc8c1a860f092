// Every public URL the site serves, defined once (pages, feeds, ninjs, sitemaps).
export const FEED_FILES = ['rss.xml', 'atom.xml', 'feed.json'] as const
export type FeedFile = (typeof FEED_FILES)[number]

// Later pages are paths, not `?page=`: a page that reads its query string is rendered on every
// request, never cached (next.config.ts redirects the old `/?page=2` here).
export const homePath = (page = 1): string => (page > 1 ? `/page/${page}` : '/')
export const articlePath = (slug: string): string => `/articles/${encodeURIComponent(slug)}`
export const statementPath = (id: number | string): string => `/statements/${id}`
export const personPath = (slug: string): string => `/people/${encodeURIComponent(slug)}`
export const reporterPath = (slug: string): string => `/reporters/${encodeURIComponent(slug)}`

/** `/feeds/rss.xml`, `/people/zhang-san/feeds/atom.xml`: a feed lives under the page it follows. */
export const feedPath = (file: FeedFile, owner = ''): string => `${owner === '/' ? '' : owner}/feeds/${file}`

export const articleNinjsPath = (slug: string): string => `/ninjs/articles/${encodeURIComponent(slug)}`
export const statementNinjsPath = (id: number | string): string => `/ninjs/statements/${id}`

export const SITEMAP_PATH = '/sitemap.xml'
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml'
