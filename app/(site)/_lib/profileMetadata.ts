import type { Metadata } from 'next'

import { feedPath } from 'newsroom/site'
import { siteLink } from './siteURL'

type Profile = { path: string; title: string; name: string; description?: string | null }

/** A person's page or a byline archive: its canonical URL, its RSS feed, an Open Graph profile; a 404's when there is none. */
export const profileMetadata = async (profile: Profile | null | undefined): Promise<Metadata> => {
  if (!profile) return { title: '未找到', robots: { index: false } }
  const url = await siteLink(profile.path)
  return {
    title: profile.title,
    description: profile.description ?? undefined,
    alternates: { canonical: url, types: { 'application/rss+xml': await siteLink(feedPath('rss.xml', profile.path)) } },
    openGraph: { type: 'profile', url, title: profile.name },
  }
}
