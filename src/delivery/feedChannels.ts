import type { Payload } from 'payload'

import { articleFeedEntry, statementFeedEntry } from './feedEntries'
import type { FeedChannel } from './feedResponse'
import { personPath, reporterPath } from './paths'
import { findLatestArticles } from './queries/findLatestArticles'
import { findDelegateBySlug, findStatementsBySpeaker } from './queries/findPerson'
import { findReporterArchive, findReporterBySlug } from './queries/findReporterArchive'
import { SITE_DESCRIPTION, SITE_NAME, siteURLOf } from './siteURL'

export const FEED_SIZE = 50

/** The site's latest published articles. */
export const siteChannel = async (payload: Payload): Promise<FeedChannel> => {
  const { docs } = await findLatestArticles(payload, { limit: FEED_SIZE, withIntro: true })
  return { siteURL: siteURLOf(payload), title: SITE_NAME, description: SITE_DESCRIPTION, path: '/', entries: docs.map(articleFeedEntry) }
}

/** Everything a delegate said in print, newest first; null for an unknown slug or nothing published. */
export const delegateChannel = async (payload: Payload, slug: string): Promise<FeedChannel | null> => {
  const delegate = await findDelegateBySlug(payload, slug)
  if (!delegate) return null
  const statements = await findStatementsBySpeaker(payload, delegate.id, FEED_SIZE)
  if (!statements.length) return null
  return {
    siteURL: siteURLOf(payload),
    title: `${delegate.name} · ${SITE_NAME}`,
    description: `${delegate.name}的发言`,
    path: personPath(slug),
    entries: statements.map(statementFeedEntry),
  }
}

/** A reporter's byline archive (articles and statements), newest first; null for an unknown slug or nothing published. */
export const reporterChannel = async (payload: Payload, slug: string): Promise<FeedChannel | null> => {
  const reporter = await findReporterBySlug(payload, slug)
  if (!reporter) return null
  const { articles, statements } = await findReporterArchive(payload, reporter.id, FEED_SIZE)
  if (!articles.length && !statements.length) return null
  const entries = [...articles.map(articleFeedEntry), ...statements.map(statementFeedEntry)]
    .sort((a, b) => b.published.getTime() - a.published.getTime())
    .slice(0, FEED_SIZE)
  return { siteURL: siteURLOf(payload), title: `${reporter.name} · ${SITE_NAME}`, description: `${reporter.name}署名的报道`, path: reporterPath(slug), entries }
}
