// `npm run test:load`: the production server (the test build, `next start`) on a fresh database
// holding a paper of 40 published roundups, read by 50 concurrent readers (site pages, feeds,
// sitemaps, REST, GraphQL) while 2 editors publish the articles waiting for them and correct
// published ones over REST, for NEWSROOM_LOAD_SECONDS (default 60; `npm test` runs 15).
// Asserts no errors, and that no reader gets more than one stale response from a URL a write
// affects once the write has returned. Loopback only; every request has a deadline.
import os from 'node:os'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import {
  articleNinjsPath,
  articlePath,
  FEED_FILES,
  type FeedFile,
  feedPath,
  homePath,
  NEWS_SITEMAP_PATH,
  personPath,
  reporterPath,
  SITEMAP_PATH,
  statementNinjsPath,
  statementPath,
} from '../../src/delivery/paths'
import { FEED_SIZE } from '../../src/delivery/feedChannels'
import { PAGE_SIZE } from '../../src/delivery/queries/findLatestArticles'
import { createStaff, restToken } from '../helpers/staff'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { lexical, seedSite, type SiteFixture } from '../int/siteFixture'
import { FreshnessLog, MARKER_PREFIX, tokensIn, type Expectation, type PublishSlot } from './freshness'
import { Figures, formatTable, now, timedFetch } from './loadKit'

const SECONDS = Number(process.env.NEWSROOM_LOAD_SECONDS ?? 60)
const READERS = 50
const EDITORS = 2
/** The paper the readers find: articles × statements, spoken by delegates, bylined by reporters. */
const ARCHIVE = { articles: 40, statements: 7, delegates: 30, reporters: 6 }
/** Statements in each article waiting for an editor. */
const QUEUED_STATEMENTS = 3
/** An editor's pace: one round (a correction and a publish) at most every ROUND_MS. */
const ROUND_MS = 2_000
/** How long readers go on after the editors' last write returned. */
const SETTLE_MS = 2_000
const READ_TIMEOUT_MS = 30_000
const WRITE_TIMEOUT_MS = 60_000

type Staff = User & { collection: 'users' }
type Archive = Awaited<ReturnType<typeof seedArchive>>
type Queued = Awaited<ReturnType<typeof fileQueue>>[number]
/** The fields of a written article that the editors check in the REST answer. */
type WrittenDoc = { id: number; stage?: string; _status?: string; dek?: string | null }

const parseDoc = (body: string): WrittenDoc | undefined => {
  try {
    return (JSON.parse(body) as { doc?: WrittenDoc }).doc
  } catch {
    return undefined
  }
}

/** A REST lookup of one article by slug, as a client of the API would make it. */
const restLookupPath = (slug: string): string => `/api/articles?where[slug][equals]=${encodeURIComponent(slug)}&depth=0&limit=1`

/** A distinct two- or three-character Chinese name for each i below 100. */
const nameOf = (i: number): string => `${'王李张刘陈杨黄赵吴周'[i % 10]}${['建国', '秀英', '志强', '海燕', '文华', '明', '丽', '伟', '静', '军'][Math.floor(i / 10) % 10]}`
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
const as = (user: Staff) => ({ user, overrideAccess: false as const })

/**
 * The archive the readers read: reporters, delegates, and ARCHIVE.articles roundups of
 * ARCHIVE.statements statements each, filed and published by an editor through the Local API
 * (statements approved, then the article published: the cascade publishes them). Oldest first.
 */
async function seedArchive(payload: Payload, run: string, editor: Staff) {
  const reporters = await Promise.all(
    Array.from({ length: ARCHIVE.reporters }, (_, i) =>
      payload.create({ collection: 'reporters', data: { name: nameOf(i + 40), slug: `load-reporter-${i}-${run}` }, ...as(editor) }),
    ),
  )
  const delegates = await Promise.all(
    Array.from({ length: ARCHIVE.delegates }, (_, i) =>
      payload.create({
        collection: 'delegates',
        data: { name: nameOf(i), slug: `load-delegate-${i}-${run}`, titles: [{ title: '省人大代表', organization: '省人大' }, { title: `第${i + 1}县县长` }] },
        ...as(editor),
      }),
    ),
  )
  const articles: { id: number; slug: string }[] = []
  const statementIds: number[] = []
  for (let n = 0; n < ARCHIVE.articles; n++) {
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: `代表委员谈县域发展（之${n + 1}）`,
        slug: `load-archive-${n}-${run}`,
        dek: '“把产业链留在县里，把年轻人留在家乡。”',
        source: { publication: '江南日报', editionDate: '2026-03-05T12:00:00.000Z', page: String((n % 8) + 1) },
        bylines: [{ reporter: reporters[n % reporters.length]!.id, credit: 'reporter' }],
        intro: lexical('连日来，出席省两会的代表委员围绕县域经济建言献策。'),
        outro: lexical('（本报记者整理）'),
      },
      ...as(editor),
    })
    const statements = await Promise.all(
      Array.from({ length: ARCHIVE.statements }, (_, i) => {
        const delegate = delegates[(n * ARCHIVE.statements + i) % delegates.length]!
        return payload.create({
          collection: 'statements',
          data: {
            article: article.id,
            position: i,
            headline: `第${i + 1}位代表：抓落实促发展`,
            speaker: delegate.id,
            speakerName: delegate.name,
            speakerTitles: [{ title: '省人大代表' }],
            body: lexical('县域经济要走特色化道路，把龙头企业的配套环节留在本地。', '今年我们将新建两个产业园。'),
            bylines: [{ reporter: reporters[(n + i) % reporters.length]!.id, credit: 'reporter' }],
            stage: 'approved',
          },
          ...as(editor),
        })
      }),
    )
    await payload.update({ collection: 'articles', id: article.id, data: { stage: 'published' }, ...as(editor) })
    articles.push({ id: article.id, slug: article.slug! })
    statementIds.push(...statements.map((s) => s.id))
  }
  return {
    articles,
    statementIds,
    reporters: reporters.map((r) => ({ id: r.id, slug: r.slug! })),
    delegates: delegates.map((d) => ({ id: d.id, name: d.name, slug: d.slug! })),
  }
}

/**
 * The copy waiting for the editors: `count` articles a reporter filed for review, each with
 * QUEUED_STATEMENTS statements the reporter submitted and an editor approved, so that publishing
 * the article publishes them too. Each statement body carries a marker token.
 */
async function fileQueue(payload: Payload, run: string, archive: Archive, reporter: Staff, editor: Staff, count: number) {
  const queue: { id: number; slug: string; statementTokens: string[] }[] = []
  for (let k = 0; k < count; k++) {
    const byline = archive.reporters[k % archive.reporters.length]!
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: `待审稿件（${k + 1}）`,
        slug: `load-queue-${k}-${run}`,
        dek: '代表委员围绕县域经济建言献策。',
        source: { publication: '江南日报', editionDate: '2026-03-06T12:00:00.000Z', page: '2' },
        bylines: [{ reporter: byline.id, credit: 'reporter' }],
        intro: lexical(`待审稿件（${k + 1}）的开篇。`),
        stage: 'in_review',
      },
      ...as(reporter),
    })
    const statementTokens = Array.from({ length: QUEUED_STATEMENTS }, (_, i) => `${MARKER_PREFIX}${run}Q${k}S${i}`)
    await Promise.all(
      statementTokens.map(async (token, i) => {
        const delegate = archive.delegates[(k * QUEUED_STATEMENTS + i) % archive.delegates.length]!
        const statement = await payload.create({
          collection: 'statements',
          data: {
            article: article.id,
            position: i,
            headline: `第${i + 1}位发言`,
            speaker: delegate.id,
            speakerName: delegate.name,
            speakerTitles: [{ title: '省人大代表' }],
            body: lexical(`发言正文 ${token}`),
            bylines: [{ reporter: byline.id, credit: 'reporter' }],
            stage: 'in_review',
          },
          ...as(reporter),
        })
        await payload.update({ collection: 'statements', id: statement.id, data: { stage: 'approved' }, ...as(editor) })
      }),
    )
    queue.push({ id: article.id, slug: article.slug!, statementTokens })
  }
  return queue
}

/** What a reader asks for, the status it expects, and what a good answer must hold. */
type Target = { kind: string; path: string; init?: RequestInit; status?: number; check?: (body: string) => string | null }

const wholePage = (body: string) => (body.includes('</html>') ? null : 'not a whole HTML page')
const wholeXml = (closing: string) => (body: string) => (body.trimEnd().endsWith(closing) ? null : `does not end with ${closing}`)
/** A check of a JSON answer: `accept` sees the parsed value (of the shape the endpoint documents). */
const json =
  <T>(accept: (value: T) => string | null) =>
  (body: string): string | null => {
    let value: T
    try {
      value = JSON.parse(body) as T
    } catch {
      return 'not JSON'
    }
    return accept(value)
  }
const someDocs = json<{ docs?: unknown[] }>((v) => (v.docs?.length ? null : 'no docs'))
const oneDoc = json<{ docs?: unknown[] }>((v) => (v.docs?.length === 1 ? null : `${v.docs?.length ?? 'no'} docs`))
const ninjs = json<{ type?: string }>((v) => (v.type ? null : 'no type'))
const FEED_CHECKS: Record<FeedFile, (body: string) => string | null> = {
  'rss.xml': wholeXml('</rss>'),
  'atom.xml': wholeXml('</feed>'),
  'feed.json': json<{ items?: unknown[] }>((v) => (v.items?.length ? null : 'no items')),
}
/** A feed of the site (owner '') or of a person's or reporter's page. */
const feed = (file: FeedFile, owner = ''): Target => ({ kind: 'feed', path: feedPath(file, owner), check: FEED_CHECKS[file] })
const GRAPHQL_QUERY = '{ Articles(limit: 5, sort: "-publishedAt") { docs { id title slug dek } } }'
const READER_KINDS = ['home', 'article', 'statement', 'person', 'reporter', 'feed', 'sitemap', 'rest', 'graphql', 'ninjs', 'not found']

/**
 * The readers' mix, by weight: the URLs the editors' writes change (home, site RSS, the latest
 * articles' pages and REST lookups, `hotSlug`) often, the rest of the site and the APIs around them.
 */
const readerMix = (site: SiteFixture, archive: Archive, hotSlug: () => string): [number, () => Target][] => [
  [12, () => ({ kind: 'home', path: homePath(), check: wholePage })],
  [8, () => feed('rss.xml')],
  [2, () => feed('atom.xml')],
  [2, () => feed('feed.json')],
  [12, () => ({ kind: 'article', path: articlePath(hotSlug()), check: wholePage })],
  [8, () => ({ kind: 'rest', path: restLookupPath(hotSlug()), check: oneDoc })],
  [10, () => ({ kind: 'article', path: articlePath(pick(archive.articles).slug), check: wholePage })],
  [3, () => ({ kind: 'rest', path: restLookupPath(pick(archive.articles).slug), check: oneDoc })],
  [10, () => ({ kind: 'statement', path: statementPath(pick(archive.statementIds)), check: wholePage })],
  [5, () => ({ kind: 'person', path: personPath(pick(archive.delegates).slug), check: wholePage })],
  [4, () => ({ kind: 'reporter', path: reporterPath(pick(archive.reporters).slug), check: wholePage })],
  [2, () => feed(pick(FEED_FILES), personPath(pick(archive.delegates).slug))],
  [2, () => feed(pick(FEED_FILES), reporterPath(pick(archive.reporters).slug))],
  [2, () => ({ kind: 'sitemap', path: SITEMAP_PATH, check: wholeXml('</urlset>') })],
  [1, () => ({ kind: 'sitemap', path: NEWS_SITEMAP_PATH, check: wholeXml('</urlset>') })],
  [5, () => ({ kind: 'rest', path: '/api/statements?limit=10&depth=1&sort=-publishedAt', check: someDocs })],
  [3, () => ({ kind: 'rest', path: '/api/articles?limit=10&depth=1&sort=-publishedAt', check: someDocs })],
  [
    4,
    () => ({
      kind: 'graphql',
      path: '/api/graphql',
      init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: GRAPHQL_QUERY }) },
      check: json<{ errors?: unknown; data?: { Articles?: { docs?: unknown[] } } }>((v) =>
        v.errors ? `errors ${JSON.stringify(v.errors).slice(0, 200)}` : v.data?.Articles?.docs?.length ? null : 'no docs',
      ),
    }),
  ],
  [1, () => ({ kind: 'ninjs', path: articleNinjsPath(pick(archive.articles).slug), check: ninjs })],
  [1, () => ({ kind: 'ninjs', path: statementNinjsPath(pick(archive.statementIds)), check: ninjs })],
  // Deliberately: a draft answers 404, a retracted piece its public notice.
  [1, () => ({ kind: 'not found', path: articlePath(site.slugs.draft), status: 404 })],
  [1, () => ({ kind: 'article', path: articlePath(site.slugs.retracted), check: (b) => (b.includes('本文已撤回') ? null : 'no retraction notice') })],
]

/** The URLs a write to the article at `slug` must show on, and the marker tokens each must carry. */
const affected = (slug: string, pageTokens: string[], listTokens: string[]): Expectation[] => [
  { label: 'article', path: articlePath(slug), tokens: pageTokens },
  { label: 'home', path: homePath(), tokens: listTokens, listSize: PAGE_SIZE },
  { label: 'rss', path: feedPath('rss.xml'), tokens: listTokens, listSize: FEED_SIZE },
  { label: 'rest', path: restLookupPath(slug), tokens: listTokens },
]

type Run = {
  seconds: number
  seededInSeconds: number
  queued: number
  readerRequests: number
  completed: { publishes: number; corrections: number }
  figures: Figures
  fresh: ReturnType<FreshnessLog['summary']>
  /** For each of the first stale URLs listed: what it serves after the run. */
  staleNow: string[]
}

/** The figures of a run, as printed at its end. */
const report = ({ seconds, seededInSeconds, queued, readerRequests, completed, figures, fresh, staleNow }: Run): string =>
  [
    `load: ${READERS} readers, ${EDITORS} editors, ${seconds.toFixed(1)} s (NEWSROOM_LOAD_SECONDS=${SECONDS}), ${os.cpus().length} cores; ` +
      `${ARCHIVE.articles} articles × ${ARCHIVE.statements} statements published and ${queued} waiting, seeded in ${seededInSeconds.toFixed(1)} s`,
    `readers: ${readerRequests} requests, ${(readerRequests / seconds).toFixed(1)} req/s`,
    formatTable(['reader', 'count', 'p50 ms', 'p99 ms', 'x-nextjs-cache'], figures.rows(READER_KINDS)),
    `editors: ${completed.publishes} publishes, ${completed.corrections} corrections`,
    formatTable(['editor', 'count', 'p50 ms', 'p99 ms'], figures.rows(['publish', 'correct']).map((row) => row.slice(0, 4))),
    `freshness: ${fresh.writes} writes, ${fresh.checkedResponses} reader responses checked; stale responses after a write returned: ` +
      `total ${fresh.staleTotal}, max for one write at one URL ${fresh.maxStale}, max for one reader of one write at one URL ${fresh.maxPerReader}`,
    formatTable(
      ['url', 'writes', 'probed', 'probes', 'stale', 'max', 'max per reader'],
      fresh.byLabel.map((s) => [s.label, s.pairs, s.probed, s.probes, s.stale, s.maxStale, s.maxPerReader]),
    ),
    ...staleNow.map((after, i) => {
      const { write, path, samples, probes } = fresh.stale[i]!
      const shown = samples.slice(0, 6).map((x) => `${Math.round(x.afterMs)} ms${x.cache ? ` ${x.cache}` : ''}`)
      return `  ${write}: ${path} stale ${samples.length} of ${probes} times, requests started ${shown.join(', ')}${samples.length > 6 ? ' …' : ''} after it returned; after the run: ${after}`
    }),
    `errors: ${figures.errors.length}`,
    ...figures.errors.slice(0, 10).map((x) => `  ${x.atSeconds.toFixed(1)} s ${x.who}: ${x.request} → ${x.status ?? 'no response'}: ${x.detail}`),
  ].join('\n')

describe('50 readers and 2 editors on the production server', () => {
  let env: TestPayload
  let server: TestServer
  let site: SiteFixture
  let archive: Archive
  let queue: Queued[]
  let queued: number
  let jwts: string[]
  let seededInSeconds: number

  beforeAll(async () => {
    env = await getTestPayload()
    const started = now()
    // The small paper of the site tests first (its account is the admin; it also gives a draft
    // and a retracted piece, and statement ids that no other run's page cache can answer for).
    site = await seedSite(env.payload, env.databaseUrl)
    const editors = await Promise.all(Array.from({ length: EDITORS }, (_, i) => createStaff(env.payload, 'editor', `load-editor-${i + 1}`)))
    const reporter = await createStaff(env.payload, 'reporter', 'load-reporter')
    archive = await seedArchive(env.payload, site.run, editors[0]!)
    // Enough waiting copy that paced editors never run out.
    queued = EDITORS * Math.ceil((SECONDS * 1000) / ROUND_MS)
    queue = await fileQueue(env.payload, site.run, archive, reporter, editors[1]!, queued)
    seededInSeconds = (now() - started) / 1000
    server = await startServer({ databaseUrl: env.databaseUrl })
    jwts = await Promise.all(editors.map((editor) => restToken(server.url, editor.email)))
  })
  afterAll(async () => {
    await server?.stop()
    await env?.cleanup()
  })

  it('should serve every reader without an error, and no reader a stale page more than one request after a write', { timeout: (SECONDS + 180) * 1000 }, async () => {
    expect(Number.isFinite(SECONDS) && SECONDS > 0, `NEWSROOM_LOAD_SECONDS=${process.env.NEWSROOM_LOAD_SECONDS}`).toBe(true)
    expect(new URL(server.url).hostname, 'loopback only').toBe('127.0.0.1')

    const figures = new Figures(now())
    const freshness = new FreshnessLog()
    const completed = { publishes: 0, corrections: 0 }
    let readerRequests = 0
    /** Slugs of the articles the editors wrote last, newest first: the readers' hot spots. */
    const recent: string[] = []
    const remember = (slug: string) => recent.splice(0, recent.length, slug, ...recent.filter((s) => s !== slug).slice(0, 3))
    const mix = readerMix(site, archive, () => (recent.length ? pick(recent) : pick(archive.articles).slug))
    const totalWeight = mix.reduce((sum, [weight]) => sum + weight, 0)
    const nextTarget = (): Target => {
      let roll = Math.random() * totalWeight
      for (const [weight, target] of mix) if ((roll -= weight) < 0) return target()
      return mix[0]![1]()
    }

    /** One reader request: timed (unless warming up), checked, and shown to the freshness log. */
    const read = async (who: string, target: Target, timed = true) => {
      const request = `${target.init?.method ?? 'GET'} ${target.path}`
      const result = await timedFetch(`${server.url}${target.path}`, target.init ?? {}, READ_TIMEOUT_MS)
      const cache = result.ok ? result.headers.get('x-nextjs-cache') : null
      if (timed) {
        readerRequests++
        figures.record(target.kind, result.ended - result.started, cache)
      }
      if (!result.ok) {
        figures.fail(who, request, null, result.error)
        return sleep(100) // no answer at all: do not spin on a server that is gone
      }
      const expected = target.status ?? 200
      const problem = result.status !== expected ? `expected ${expected}` : (target.check?.(result.body) ?? null)
      if (problem) figures.fail(who, request, result.status, `${problem}: ${result.body.slice(0, 200)}`)
      freshness.observe(who, target.path, result.started, result.body, cache)
    }

    /**
     * An editor, over REST with their own JWT. Each round: correct the article they published
     * the round before (in the first round, one of the newest archive articles), then publish the
     * next article waiting in the queue; then wait out the rest of ROUND_MS.
     */
    const editor = async (e: number) => {
      const who = `editor ${e}`
      const headers = { authorization: `JWT ${jwts[e - 1]}`, 'content-type': 'application/json' }
      /** A PATCH of an article, timed and checked; the returned doc and when it returned, or null. */
      const patch = async (kind: string, id: number, data: Record<string, unknown>, accept: (doc: WrittenDoc) => string | null) => {
        const request = `PATCH /api/articles/${id}`
        const result = await timedFetch(`${server.url}/api/articles/${id}?depth=0`, { method: 'PATCH', headers, body: JSON.stringify(data) }, WRITE_TIMEOUT_MS)
        figures.record(kind, result.ended - result.started)
        if (!result.ok) return void figures.fail(who, request, null, result.error)
        const doc = result.status === 200 ? parseDoc(result.body) : undefined
        const problem = result.status !== 200 ? 'expected 200' : doc ? accept(doc) : 'no doc in the answer'
        if (problem) return void figures.fail(who, request, result.status, `${problem}: ${result.body.slice(0, 200)}`)
        return { doc: doc!, done: result.ended }
      }

      const newest = archive.articles[archive.articles.length - e]!
      let toCorrect: { id: number; slug: string; slot: PublishSlot } | null = { ...newest, slot: freshness.seededSlot(e - 1) }
      for (let n = 1; now() < deadline; n++) {
        const roundEnds = now() + ROUND_MS
        const mark = `${MARKER_PREFIX}${site.run}E${e}N${n}`

        if (toCorrect) {
          const { id, slug, slot } = toCorrect
          const token = `${mark}C`
          const corrected = await patch(
            'correct',
            id,
            { dek: `更正后的导语 ${token}`, corrections: [{ date: new Date().toISOString(), note: `原稿数据有误，已更正 ${token}` }] },
            (doc) => (doc.stage === 'published' && doc._status === 'published' && doc.dek?.includes(token) ? null : `stage ${doc.stage}, _status ${doc._status}, dek ${doc.dek}`),
          )
          if (corrected) {
            completed.corrections++
            freshness.committed({ label: `editor ${e} round ${n} correct`, slot, done: corrected.done, expectations: affected(slug, [token], [token]) })
            remember(slug)
          }
          toCorrect = null
        }

        const next = now() < deadline ? queue.shift() : undefined
        if (next) {
          // The title gets the round's marker in the same save that publishes the article.
          const token = `${mark}P`
          const slot = freshness.publishStarted()
          const published = await patch('publish', next.id, { stage: 'published', title: `代表委员谈县域发展 ${token}` }, (doc) =>
            doc.stage === 'published' && doc._status === 'published' ? null : `stage ${doc.stage}, _status ${doc._status}`,
          ).finally(() => freshness.publishFinished())
          if (published) {
            completed.publishes++
            freshness.committed({
              label: `editor ${e} round ${n} publish`,
              slot,
              done: published.done,
              expectations: affected(next.slug, [token, ...next.statementTokens], [token]),
            })
            remember(next.slug)
            toCorrect = { id: next.id, slug: next.slug, slot }
          }
        }
        await sleep(Math.min(roundEnds, deadline) - now())
      }
    }

    // Warm-up, untimed: each kind of request once, so that first renders do not open the run.
    await Promise.all(mix.map(([, target]) => read('warm-up', target(), false)))

    // Editors start no write after the deadline; readers go on until the editors' last writes
    // have returned, and SETTLE_MS more, so that every write is read after it returned.
    const started = now()
    const deadline = started + SECONDS * 1000
    let editorsDone: number | undefined
    const reading = () => now() < deadline || editorsDone === undefined || now() < editorsDone + SETTLE_MS
    await Promise.all([
      ...Array.from({ length: READERS }, async (_, r) => {
        while (reading()) await read(`reader ${r + 1}`, nextTarget())
      }),
      Promise.all(Array.from({ length: EDITORS }, (_, e) => editor(e + 1))).finally(() => (editorsDone = now())),
    ])
    const seconds = (now() - started) / 1000

    // Each URL that served stale content is asked once more, now the load is over: still stale
    // means the server kept the old version (a cache entry), not a passing window.
    const fresh = freshness.summary()
    const staleNow = await Promise.all(
      fresh.stale.slice(0, 10).map(async ({ path, tokens }) => {
        const again = await timedFetch(`${server.url}${path}`, {}, READ_TIMEOUT_MS)
        if (!again.ok) return again.error
        const found = tokensIn(again.body)
        return tokens.every((token) => found.has(token)) ? 'fresh' : `still stale (${again.status}, ${again.headers.get('x-nextjs-cache') ?? 'no cache header'})`
      }),
    )
    // The figures, printed before anything is asserted.
    console.log(report({ seconds, seededInSeconds, queued, readerRequests, completed, figures, fresh, staleNow }))
    if (figures.errors.length) console.log(`server output (last 3000 characters):\n${server.output().slice(-3000)}`)

    expect(figures.errors.length, 'errors (the first are printed above)').toBe(0)
    expect(completed.publishes, 'publishes').toBeGreaterThan(0)
    expect(completed.corrections, 'corrections').toBeGreaterThan(0)
    for (const s of fresh.byLabel) expect(s.probed, `${s.label}: writes a reader checked after they returned`).toBeGreaterThan(0)
    expect(fresh.maxPerReader, 'stale responses one reader got from one URL after one write (listed above)').toBeLessThanOrEqual(1)
  })
})
