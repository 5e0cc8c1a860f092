import type { Metadata, Viewport } from 'next'
import type React from 'react'

import { absoluteURL, feedPath, SITE_DESCRIPTION, SITE_NAME } from 'newsroom/site'
import { getSiteURL } from './_lib/siteURL'
import './site.css'

export const generateMetadata = async (): Promise<Metadata> => {
  const siteURL = await getSiteURL()
  return {
    metadataBase: new URL(siteURL),
    title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    openGraph: { siteName: SITE_NAME, locale: 'zh_CN', type: 'website' },
    alternates: {
      types: {
        'application/rss+xml': absoluteURL(siteURL, feedPath('rss.xml', '/')),
        'application/atom+xml': absoluteURL(siteURL, feedPath('atom.xml', '/')),
        'application/feed+json': absoluteURL(siteURL, feedPath('feed.json', '/')),
      },
    },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#b3141b' }

const SiteLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="zh-CN">
    <body>
      <a className="skip-link" href="#main">
        跳到正文
      </a>
      <header className="masthead">
        <a href="/" className="masthead__name">
          新闻编辑部
        </a>
        <nav className="masthead__nav" aria-label="网站">
          <a href="/">最新</a>
          <a href={feedPath('rss.xml', '/')}>订阅</a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="colophon">
        <p>本站内容经编辑审核后发布。更正与撤回均在原文处公开说明。</p>
      </footer>
    </body>
  </html>
)

export default SiteLayout
