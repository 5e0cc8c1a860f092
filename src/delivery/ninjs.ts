import type { Article, Statement } from '../../payload-types'
import { allBylines, articleOf, bylinesOf, speakerOf } from './people'
import { articlePath, statementPath } from './paths'
import { richTextToHTML, richTextToPlain } from './richText'
import { absoluteURL, SITE_NAME } from './siteURL'

/** An IPTC ninjs 2.1 item (the subset this site fills). https://iptc.org/std/ninjs/ */
export type NinjsItem = {
  $standard?: { name: 'ninjs'; version: '2.1'; schema: string }
  uri: string
  type: 'text' | 'composite'
  representationtype: 'complete'
  language: 'zh-CN'
  pubstatus: 'usable'
  firstcreated?: string
  versioncreated: string
  headlines: { role: 'main' | 'sub'; value: string }[]
  descriptions?: { role: 'summary'; value: string }[]
  bodies?: { role: 'main'; contenttype: 'text/html'; charcount: number; value: string }[]
  by?: string
  people?: { name: string; rel: string; uri?: string }[]
  infosources?: { name: string; role: string }[]
  copyrightholder: string
  associations?: (NinjsItem & { name: string })[]
}

const STANDARD = { name: 'ninjs', version: '2.1', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json' } as const

const body = (html: string, plain: string): NinjsItem['bodies'] =>
  html ? [{ role: 'main', contenttype: 'text/html', charcount: [...plain].length, value: html }] : undefined

/** One statement as a ninjs text item: the speaker (as printed) is a person with rel `speaker`. */
export const statementToNinjs = (statement: Statement, siteURL: string, standalone = true): NinjsItem => {
  const speaker = speakerOf(statement)
  const article = articleOf(statement)
  const bylines = bylinesOf(statement)
  return {
    ...(standalone ? { $standard: STANDARD } : {}),
    uri: absoluteURL(siteURL, statementPath(statement.id)),
    type: 'text',
    representationtype: 'complete',
    language: 'zh-CN',
    pubstatus: 'usable',
    ...(statement.publishedAt ? { firstcreated: statement.publishedAt } : {}),
    versioncreated: statement.updatedAt,
    headlines: [{ role: 'main', value: statement.headline || speaker.name }],
    bodies: body(richTextToHTML(statement.body), richTextToPlain(statement.body)),
    ...(bylines.length ? { by: bylines.map((b) => `${b.label} ${b.name}`).join(' ') } : {}),
    people: [
      ...(speaker.name ? [{ name: [...speaker.titles, speaker.name].join(' '), rel: 'speaker', ...(speaker.path ? { uri: absoluteURL(siteURL, speaker.path) } : {}) }] : []),
      ...bylines.map((b) => ({ name: b.name, rel: b.credit, ...(b.path ? { uri: absoluteURL(siteURL, b.path) } : {}) })),
    ],
    ...(article?.source?.publication ? { infosources: [{ name: article.source.publication, role: 'originalsource' }] } : {}),
    copyrightholder: SITE_NAME,
  }
}

/** An article as a composite ninjs item: its own text, and each statement as an association. */
export const articleToNinjs = (article: Article, statements: Statement[], siteURL: string): NinjsItem => {
  const html = [richTextToHTML(article.intro), ...statements.map((s) => richTextToHTML(s.body)), richTextToHTML(article.outro)].join('')
  const plain = [richTextToPlain(article.intro), ...statements.map((s) => richTextToPlain(s.body)), richTextToPlain(article.outro)].join('')
  const bylines = allBylines(article, statements)
  return {
    $standard: STANDARD,
    uri: absoluteURL(siteURL, articlePath(article.slug ?? String(article.id))),
    type: 'composite',
    representationtype: 'complete',
    language: 'zh-CN',
    pubstatus: 'usable',
    ...(article.publishedAt ? { firstcreated: article.publishedAt } : {}),
    versioncreated: article.updatedAt,
    headlines: [{ role: 'main', value: article.title }],
    ...(article.dek ? { descriptions: [{ role: 'summary', value: article.dek }] } : {}),
    bodies: body(html, plain),
    ...(bylines.length ? { by: bylines.map((b) => `${b.label} ${b.name}`).join(' ') } : {}),
    people: bylines.map((b) => ({ name: b.name, rel: b.credit, ...(b.path ? { uri: absoluteURL(siteURL, b.path) } : {}) })),
    ...(article.source?.publication ? { infosources: [{ name: article.source.publication, role: 'originalsource' }] } : {}),
    copyrightholder: SITE_NAME,
    associations: statements.map((s, i) => ({ name: `statement${i + 1}`, ...statementToNinjs(s, siteURL, false) })),
  }
}
