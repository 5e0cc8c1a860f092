import { Feed } from 'feed'

import { cdataSafe, restoreCdata } from './cdataSafe'
import type { FeedEntry } from './feedEntries'
import { cachedList } from './listCache'
import { feedPath, FEED_FILES, type FeedFile } from './paths'
import { absoluteURL, SITE_NAME } from './siteURL'

/** A feed's contents; `siteURL` (the plugin's option) makes its links absolute. */
export type FeedChannel = { siteURL: string; title: string; description: string; path: string; entries: FeedEntry[] }

const CONTENT_TYPES: Record<FeedFile, string> = {
  'rss.xml': 'application/rss+xml; charset=utf-8',
  'atom.xml': 'application/atom+xml; charset=utf-8',
  'feed.json': 'application/feed+json; charset=utf-8',
}

export const isFeedFile = (file: string): file is FeedFile => FEED_FILES.some((known) => known === file)

/** The `feed` package writes JSON Feed 1; 1.1 adds `language` and an `authors` array. */
const toJsonFeed11 = (json: string, channel: FeedChannel): string => {
  const { siteURL } = channel
  // cast: the feed package's own JSON Feed output, whose shape it documents
  const feed = JSON.parse(json) as { items?: { id: string; author?: unknown }[]; author?: unknown } & Record<string, unknown>
  const byId = new Map(channel.entries.map((e) => [absoluteURL(siteURL, e.path), e]))
  delete feed.author
  return JSON.stringify({
    ...feed,
    version: 'https://jsonfeed.org/version/1.1',
    language: 'zh-CN',
    authors: [{ name: SITE_NAME, url: absoluteURL(siteURL, '/') }],
    items: (feed.items ?? []).map(({ author: _author, ...item }) => ({
      ...item,
      language: 'zh-CN',
      authors: (byId.get(item.id)?.authors ?? []).map((a) => ({ name: a.name, ...(a.path ? { url: absoluteURL(siteURL, a.path) } : {}) })),
    })),
  })
}

const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/'

/**
 * RSS 2.0's `<author>` is one e-mail address; the desk's bylines are names, several to a piece.
 * RSS gets them as one Dublin Core `<dc:creator>林晓、周文</dc:creator>` (as WordPress writes
 * names), Atom and JSON Feed keep one author each.
 */
const rssCreator = (authors: FeedEntry['authors']) =>
  authors.length === 0 ? {} : { extensions: [{ name: 'dc:creator', objects: { _text: authors.map((a) => a.name).join('、') } }] }

/** The `feed` package declares `xmlns:dc` only for items with content; a `dc:creator` needs it too. */
const declareDublinCore = (xml: string): string =>
  xml.includes('<dc:creator>') && !xml.includes('xmlns:dc=') ? xml.replace('<rss version="2.0"', `<rss version="2.0" xmlns:dc="${DUBLIN_CORE}"`) : xml

/** A channel as RSS 2.0, Atom 1.0 or JSON Feed 1.1. */
export const renderFeed = (channel: FeedChannel, file: FeedFile): string => {
  const { siteURL } = channel
  const link = absoluteURL(siteURL, channel.path)
  const feed = new Feed({
    id: link,
    link,
    title: channel.title,
    description: channel.description,
    language: 'zh-CN',
    copyright: `© ${SITE_NAME}`,
    updated: channel.entries.reduce<Date | undefined>((latest, e) => (!latest || e.date > latest ? e.date : latest), undefined) ?? new Date(0),
    generator: 'Newsroom',
    feedLinks: Object.fromEntries(FEED_FILES.map((f) => [f === 'rss.xml' ? 'rss' : f === 'atom.xml' ? 'atom' : 'json', absoluteURL(siteURL, feedPath(f, channel.path))])),
  })
  // XML item texts go through CDATA (see cdataSafe); the JSON feed keeps them as they are.
  const xml = file !== 'feed.json'
  const text = <T extends string | undefined>(value: T): T => (xml ? cdataSafe(value) : value)
  for (const entry of channel.entries) {
    const url = absoluteURL(siteURL, entry.path)
    feed.addItem({
      id: url,
      guid: url,
      link: url,
      title: text(entry.title),
      date: entry.date,
      published: entry.published,
      description: text(entry.description),
      content: text(entry.content),
      ...(file === 'rss.xml' ? rssCreator(entry.authors) : { author: entry.authors.map((a) => ({ name: a.name, ...(a.path ? { link: absoluteURL(siteURL, a.path) } : {}) })) }),
    })
  }
  if (file === 'rss.xml') return declareDublinCore(restoreCdata(feed.rss2()))
  if (file === 'atom.xml') return restoreCdata(feed.atom1())
  return toJsonFeed11(feed.json1(), channel)
}

/**
 * The HTTP response for a feed file, rendered once and kept until the next publish
 * (cachedList); 404 when `load` finds no such channel.
 */
export const feedResponse = async (file: FeedFile, owner: string, load: () => Promise<FeedChannel | null>): Promise<Response> => {
  const body = await cachedList(`feed:${owner}:${file}`, async () => {
    const channel = await load()
    return channel ? renderFeed(channel, file) : null
  })
  if (body === null) return new Response('Not found', { status: 404 })
  return new Response(body, { headers: { 'content-type': CONTENT_TYPES[file] } })
}
