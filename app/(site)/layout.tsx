import type { Metadata } from 'next'
import type React from 'react'

import './site.css'

export const metadata: Metadata = {
  title: { default: '新闻编辑部', template: '%s · 新闻编辑部' },
  description: '省报新闻：代表委员谈发展',
}

const SiteLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="zh-CN">
    <body>
      <header className="masthead">
        <a href="/" className="masthead__name">
          新闻编辑部
        </a>
      </header>
      <main id="main">{children}</main>
      <footer className="colophon">
        <p>本站内容经编辑审核后发布。</p>
      </footer>
    </body>
  </html>
)

export default SiteLayout
