import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { edgeHeaderRules } from './src/delivery/edge/edgeHeaders'
import { MAX_FORM_BYTES } from './src/import/pasteLimit'

// The public site loads only its own code, styles and images; nothing may frame it except
// the admin's live preview (same origin). Next's hydration needs inline scripts.
const SITE_CSP = [
  "default-src 'self'",
  // React's development build needs eval() for its debugging aids; production never does.
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ')

const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]

const nextConfig: NextConfig = {
  // Test builds go to their own folder so they never fight `npm run dev` over .next.
  distDir: process.env.NEWSROOM_NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // Rendered pages are cached in memory only. Next keeps its record of revalidated pages in
  // memory, so a page cache on disk would outlive it: after a restart, a page cached before a
  // publish would be served as fresh again. 128 MB holds about a thousand article pages.
  // The admin's form-state calls are server actions (1 MB by default): an import's form holds
  // a 2 MB paste and what was split from it (src/import/pasteLimit.ts, MAX_FORM_BYTES).
  experimental: { isrFlushToDisk: false, serverActions: { bodySizeLimit: MAX_FORM_BYTES } },
  cacheMaxMemorySize: 128 * 1024 * 1024,
  // Next's cache, made aware of renders that overlap a publish (src/delivery/renderGuard.ts).
  cacheHandler: path.resolve('src/delivery/cacheHandler.mjs'), // next runs in the project folder
  // `npm run typecheck` checks the whole project once; test builds skip doing it again.
  typescript: { ignoreBuildErrors: process.env.NEWSROOM_SKIP_BUILD_TYPECHECK === '1' },
  // The home page is page 1 of app/(site)/page/[n] (cached, never prerendered at build); its
  // later pages moved from `/?page=2` to `/page/2` (src/delivery/paths.ts), and /page/1 is `/`.
  async redirects() {
    return [
      { source: '/', has: [{ type: 'query', key: 'page', value: '(?<n>.*)' }], destination: '/page/:n', permanent: true },
      { source: '/page/1', destination: '/', permanent: true },
    ]
  },
  async rewrites() {
    return [{ source: '/', destination: '/page/1' }]
  },
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      { source: '/((?!admin|api|_next).*)', headers: [{ key: 'Content-Security-Policy', value: SITE_CSP }] },
      // What a cache in front may store, and under which keys (edge/default.vcl).
      ...edgeHeaderRules(),
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
