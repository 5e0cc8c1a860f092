import type { PayloadRequest } from 'payload'

import type { Article, Statement } from '../../payload-types'
import { publishedWhere } from '../access/publishedWhere'
import { ARTICLES, DELEGATES, REPORTERS, STATEMENTS } from '../constants'
import {
  articleNinjsPath,
  articlePath,
  FEED_FILES,
  feedPath,
  homePath,
  NEWS_SITEMAP_PATH,
  personPath,
  reporterPath,
  SITEMAP_PATH,
  statementNinjsPath,
  statementPath,
} from './paths'
import { PAGE_SIZE } from './queries/findLatestArticles'
import { relationId } from '../utilities/relationId'

type Doc = Partial<Article & Statement> & { id: number }
const withFeeds = (page: string): string[] => [page, ...FEED_FILES.map((file) => feedPath(file, page))]

const slugsOf = async (req: PayloadRequest, collection: typeof REPORTERS | typeof DELEGATES | typeof ARTICLES, ids: (number | null)[]) => {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))]
  if (!wanted.length) return []
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: wanted } },
    select: { slug: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.flatMap((doc) => (doc.slug ? [doc.slug] : []))
}

/**
 * Every page of the latest articles (`/`, `/page/2` …), as many as there are now plus one (the
 * page an unpublish empties must answer 404): a publish moves every article one place down.
 * Counted inside the save's transaction, so the count includes the save.
 */
const latestPages = async (req: PayloadRequest): Promise<string[]> => {
  const { totalDocs } = await req.payload.count({ collection: ARTICLES, where: publishedWhere, overrideAccess: true, req })
  const pages = Array.from({ length: Math.ceil(totalDocs / PAGE_SIZE) + 1 }, (_, i) => homePath(i + 1))
  // `/` is rendered as /page/1 (a rewrite, next.config.ts): Next's cache knows it by both.
  return [...pages, '/page/1']
}

/** An article's own pages, the latest-articles pages, and its statements' pages and speakers. */
const articleShownOn = async (req: PayloadRequest, doc: Doc, both: Doc[]): Promise<string[]> => {
  const [pages, { docs }] = await Promise.all([
    latestPages(req),
    req.payload.find({
      collection: STATEMENTS,
      where: { article: { equals: doc.id } },
      select: { speaker: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
  ])
  const speakers = await slugsOf(req, DELEGATES, docs.map((s) => relationId(s.speaker)))
  return [
    ...pages,
    ...both.flatMap((d) => (d.slug ? [articlePath(d.slug), articleNinjsPath(d.slug)] : [])),
    ...docs.flatMap((s) => [statementPath(s.id), statementNinjsPath(s.id)]),
    ...speakers.flatMap((slug) => withFeeds(personPath(slug))),
  ]
}

/** A statement's own pages, its article's, and its speaker's. */
const statementShownOn = async (req: PayloadRequest, doc: Doc, both: Doc[]): Promise<string[]> => {
  const [articles, speakers] = await Promise.all([
    slugsOf(req, ARTICLES, both.map((d) => relationId(d.article))),
    slugsOf(req, DELEGATES, both.map((d) => relationId(d.speaker))),
  ])
  return [
    statementPath(doc.id),
    statementNinjsPath(doc.id),
    ...articles.flatMap((slug) => [articlePath(slug), articleNinjsPath(slug)]),
    ...speakers.flatMap((slug) => withFeeds(personPath(slug))),
  ]
}

/**
 * Every public URL a saved article or statement appears on, before and after the change:
 * its page and ninjs, the pages (and their feeds) of its reporters and speakers, the article
 * that holds a statement, the statements an article holds, the home page (for an article, its later
 * pages too), feeds and sitemaps. Nothing else: a publish never revalidates the whole site.
 */
export const affectedPaths = async (req: PayloadRequest, collection: string, doc: Doc, previous: Doc | undefined): Promise<string[]> => {
  const both = [doc, previous].filter((d): d is Doc => Boolean(d))
  const reporterIds = both.flatMap((d) => (d.bylines ?? []).map((b) => relationId(b.reporter)))
  // The lookups are independent: asked at once, a publish waits for one round trip rather than
  // four, each of which, under load, queues behind every reader's request on the event loop.
  const [reporters, shown] = await Promise.all([slugsOf(req, REPORTERS, reporterIds), collection === ARTICLES ? articleShownOn(req, doc, both) : statementShownOn(req, doc, both)])
  return [...new Set([SITEMAP_PATH, NEWS_SITEMAP_PATH, ...withFeeds(homePath()), ...reporters.flatMap((slug) => withFeeds(reporterPath(slug))), ...shown])]
}
