import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Test servers build into their own folder so they never fight `npm run dev` over .next.
  distDir: process.env.NEWSROOM_NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
