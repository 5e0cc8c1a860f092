import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Test builds go to their own folder so they never fight `npm run dev` over .next.
  distDir: process.env.NEWSROOM_NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project once; test builds skip doing it again.
  typescript: { ignoreBuildErrors: process.env.NEWSROOM_SKIP_BUILD_TYPECHECK === '1' },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
