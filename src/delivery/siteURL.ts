/** The public site's origin, without a trailing slash: `NEWSROOM_SITE_URL`, default http://localhost:3000. */
export const siteURL = (): string => (process.env.NEWSROOM_SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '')

/** `/articles/x` → `https://news.example.cn/articles/x`. */
export const absoluteURL = (path: string): string => `${siteURL()}${path.startsWith('/') ? path : `/${path}`}`

export const SITE_NAME = '新闻编辑部'
export const SITE_DESCRIPTION = '省报新闻：代表委员谈发展'
