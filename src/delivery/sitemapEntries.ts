import type { Payload } from 'payload'

import { ARTICLES, DELEGATES, REPORTERS, STATEMENTS } from '../constants'
import { articlePath, homePath, personPath, reporterPath, statementPath } from './paths'
import { publicReader } from './reader'
import { relationId } from '../utilities/relationId'

export type SitemapEntry = { path: string; lastModified: string }


/**
 * Every public page: the home page, published articles and statements, and the people and
 * reporters who appear in them (names that appear only in unpublished copy are left out).
 */
export const sitemapEntries = async (payload: Payload): Promise<SitemapEntry[]> => {
  const [articles, statements] = await Promise.all([
    payload.find({ collection: ARTICLES, select: { slug: true, updatedAt: true, bylines: true }, sort: '-publishedAt', depth: 0, pagination: false, ...publicReader }),
    payload.find({ collection: STATEMENTS, select: { updatedAt: true, speaker: true, bylines: true }, sort: '-publishedAt', depth: 0, pagination: false, ...publicReader }),
  ])
  const latest = new Map<string, string>()
  const bump = (key: string, at: string) => {
    if (!latest.has(key) || latest.get(key)! < at) latest.set(key, at)
  }
  for (const doc of [...articles.docs, ...statements.docs]) {
    for (const b of doc.bylines ?? []) bump(`r${relationId(b.reporter)}`, doc.updatedAt)
    if ('speaker' in doc && doc.speaker) bump(`d${relationId(doc.speaker)}`, doc.updatedAt)
  }
  const ids = (prefix: string) => [...latest.keys()].filter((k) => k.startsWith(prefix)).map((k) => Number(k.slice(1)))
  const [delegates, reporters] = await Promise.all([
    payload.find({ collection: DELEGATES, where: { id: { in: ids('d') } }, select: { slug: true }, depth: 0, pagination: false, ...publicReader }),
    payload.find({ collection: REPORTERS, where: { id: { in: ids('r') } }, select: { slug: true }, depth: 0, pagination: false, ...publicReader }),
  ])
  const newest = articles.docs[0]?.updatedAt ?? new Date(0).toISOString()
  return [
    { path: homePath(), lastModified: newest },
    ...articles.docs.flatMap((a) => (a.slug ? [{ path: articlePath(a.slug), lastModified: a.updatedAt }] : [])),
    ...statements.docs.map((s) => ({ path: statementPath(s.id), lastModified: s.updatedAt })),
    ...delegates.docs.flatMap((d) => (d.slug ? [{ path: personPath(d.slug), lastModified: latest.get(`d${d.id}`)! }] : [])),
    ...reporters.docs.flatMap((r) => (r.slug ? [{ path: reporterPath(r.slug), lastModified: latest.get(`r${r.id}`)! }] : [])),
  ]
}
