// `npm run bench:delivery`: the public site's speed on a production build (`next build` +
// `next start`) over an embedded Postgres seeded with 1,000 articles × 7 statements.
// autocannon, 50 connections, BENCH_SECONDS (default 20) per target: the cached article page,
// the home page, the RSS feed and the REST lists of published statements (Payload's own and
// the lean `/published` path), beside the same article HTML served as a static file by the
// same server; then corrections published while 50 readers load pages; then Payload's REST
// with the plugin switched off. Prints req/s, p50, p99, and a table of the origin-side
// targets (issue 17) with the ratio each reached in this run.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import autocannon from 'autocannon'

import { measure as measureFor, percentile, type Row, startNext } from './server'

import { freePort, startPostgres } from '../scripts/lib/postgres.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000)
const DIST = '.next-bench'
const STATIC = path.join(root, 'public', '__bench', 'article.html')
const EDITOR = { email: 'bench-editor@example.com', password: 'a long enough password' }
const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 10)

const lexical = (text: string) => ({
  root: { type: 'root', format: '' as const, indent: 0, version: 1, direction: 'ltr' as const,
    children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] }] },
})

async function seed(env: NodeJS.ProcessEnv) {
  Object.assign(process.env, env)
  // One after the other: these three imported at once sometimes never settled (seen twice under
  // tsx on a loaded machine, the process idle with no database connection).
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { migrations } = await import('../migrations')
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: migrations as never })
  const system = { overrideAccess: true, context: { disableRevalidate: true, newsroomSystem: true, newsroomSkipAudit: true } }
  await payload.create({ collection: 'users', data: { name: '值班编辑', email: EDITOR.email, password: EDITOR.password, roles: ['editor'] }, ...system })
  const reporter = await payload.create({ collection: 'reporters', data: { name: '林晓' }, ...system })
  const speakers = await Promise.all(Array.from({ length: 50 }, (_, i) => payload.create({ collection: 'delegates', data: { name: `代表${i}`, titles: [{ title: '省人大代表' }] }, ...system })))
  const published = { _status: 'published' as const, stage: 'published' as const, publishedAt: new Date().toISOString() }
  const started = Date.now()
  for (let n = 0; n < ARTICLES; n++) {
    const article = await payload.create({
      collection: 'articles',
      data: { title: `代表委员谈县域经济第${n + 1}篇`, dek: '把产业链留在县里。', source: { publication: '江南日报', page: '3' }, bylines: [{ reporter: reporter.id, credit: 'reporter' }], intro: lexical('连日来，代表委员建言献策。'.repeat(3)), ...published },
      ...system,
    })
    await Promise.all(Array.from({ length: 7 }, (_, i) => payload.create({
      collection: 'statements',
      data: { article: article.id, position: i, headline: `第${i + 1}位代表的发言`, speaker: speakers[(n * 7 + i) % speakers.length]!.id, speakerName: `代表${(n * 7 + i) % 50}`, speakerTitles: [{ title: '省人大代表' }], body: lexical('县域经济要走特色化道路，把龙头企业的配套环节留在本地。'.repeat(4)), bylines: [{ reporter: reporter.id, credit: 'reporter' }], ...published },
      ...system,
    })))
    if ((n + 1) % 100 === 0) console.log(`[bench] seeded ${n + 1} articles (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  }
  await payload.destroy()
}

const measure = (name: string, url: string): Promise<Row> => measureFor(name, url, SECONDS)

/**
 * Corrections published through REST (as the desk's editor does) while 50 readers load the
 * home page and article pages: how long the save takes, and how long until the corrected
 * dek is on the article's page (polled every 20 ms, itself one more reader).
 */
async function publishUnderLoad(base: string, slugs: { id: number; slug: string }[]) {
  const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(EDITOR) })
  const { token } = (await login.json()) as { token: string }
  const readers = autocannon({
    url: base,
    connections: 50,
    duration: 600,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: Math.random() < 0.5 ? '/' : `/articles/${slugs[Math.floor(Math.random() * slugs.length)]!.slug}` }) }],
  })
  await new Promise((r) => setTimeout(r, 2000))
  const saves: number[] = []
  const visible: number[] = []
  for (let n = 0; n < PUBLISHES; n++) {
    const { id, slug } = slugs[n % slugs.length]!
    const dek = `更正后的导语 ${n} ${Date.now()}`
    const started = performance.now()
    // depth=0 as the desk's workflow panel sends it: the answer's document is not read.
    const saved = await fetch(`${base}/api/articles/${id}?depth=0`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ dek, corrections: [{ date: new Date().toISOString(), note: '导语有误，已更正' }] }),
    })
    if (!saved.ok) throw new Error(`publish failed: ${saved.status} ${await saved.text()}`)
    saves.push(performance.now() - started)
    for (;;) {
      if ((await (await fetch(`${base}/articles/${slug}`)).text()).includes(dek)) break
      if (performance.now() - started > 30_000) throw new Error(`correction ${n} not visible after 30 s`)
      await new Promise((r) => setTimeout(r, 20))
    }
    visible.push(performance.now() - started)
  }
  ;(readers as unknown as { stop: () => void }).stop()
  const load = await readers
  return { saves, visible, readerRps: load.requests.average, readerP99: load.latency.p99 }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-pg-'))
  fs.chmodSync(dir, 0o755)
  const pg = await startPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), logFile: path.join(dir, 'pg.log'), fast: true })
  const stops: (() => Promise<void>)[] = [async () => { await pg.stop(); fs.rmSync(dir, { recursive: true, force: true }) }]
  try {
    await pg.createDatabase('bench')
    const port = await freePort()
    const env = { ...process.env, DATABASE_URL: pg.url('bench'), PAYLOAD_SECRET: 'bench-secret-0123456789abcdef', NEWSROOM_RUN_JOBS: '0', NEWSROOM_NEXT_DIST_DIR: DIST, NEWSROOM_SKIP_BUILD_TYPECHECK: '1', NEWSROOM_SITE_URL: `http://127.0.0.1:${port}`, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const }
    await seed(env)
    console.log('[bench] next build …')
    const built = spawnSync(path.join(root, 'node_modules/.bin/next'), ['build'], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 << 20 })
    if (built.status !== 0) throw new Error(`next build failed\n${built.stdout}\n${built.stderr}`)
    const base = `http://127.0.0.1:${port}`
    let stopNext = await startNext(env, port)
    const slug = (await (await fetch(`${base}/api/articles?limit=1&sort=publishedAt&select[slug]=true`)).json()).docs[0].slug as string
    const html = await (await fetch(`${base}/articles/${slug}`)).text()
    // The same HTML as a file in public/, which `next start` lists when it starts: restart.
    const hadPublic = fs.existsSync(path.join(root, 'public'))
    fs.mkdirSync(path.dirname(STATIC), { recursive: true })
    fs.writeFileSync(STATIC, html)
    stops.unshift(async () => fs.rmSync(path.join(root, hadPublic ? 'public/__bench' : 'public'), { recursive: true, force: true }))
    await stopNext()
    stopNext = await startNext(env, port)
    stops.unshift(stopNext)
    for (const warm of [`/articles/${slug}`, '/', '/feeds/rss.xml', '/__bench/article.html']) await fetch(`${base}${warm}`)
    const rows = [
      await measure('static file (same HTML)', `${base}/__bench/article.html`),
      await measure('article page (cached)', `${base}/articles/${slug}`),
      await measure('home', `${base}/`),
      await measure('RSS feed', `${base}/feeds/rss.xml`),
      await measure('REST published statements', `${base}/api/statements?limit=10&depth=0`),
      await measure('REST statements, lean path', `${base}/api/statements/published?limit=10`),
      await measure('REST articles, lean path', `${base}/api/articles/published?limit=10`),
    ]
    console.log(`\n${ARTICLES} articles × 7 statements, 50 connections, ${SECONDS} s each, ${os.cpus().length} cores`)
    console.table(rows.map((r) => ({ target: r.name, 'req/s': Math.round(r.rps), 'p50 ms': r.p50, 'p99 ms': r.p99, errors: r.errors })))
    const [file, article, home, , restToday, leanStatements] = rows
    const latest = (await (await fetch(`${base}/api/articles/published?limit=20`)).json()).docs as { id: number; slug: string }[]
    const publish = await publishUnderLoad(base, latest)
    console.log(`publishing under load (${PUBLISHES} corrections, readers ${Math.round(publish.readerRps)} req/s, p99 ${publish.readerP99} ms): ` +
      `save p50 ${percentile(publish.saves, 50).toFixed(0)} ms, p99 ${percentile(publish.saves, 99).toFixed(0)} ms; ` +
      `visible on the page p50 ${percentile(publish.visible, 50).toFixed(0)} ms, p99 ${percentile(publish.visible, 99).toFixed(0)} ms`)
    // The origin-side targets (issue 17, "Speed"), each as a ratio within this run.
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`
    const fmt = (r: Row) => `${Math.round(r.rps)} req/s, p99 ${r.p99} ms`
    console.log('\nissue 17, origin side (one run; compare ratios, not figures, across runs)')
    console.table([
      { what: 'article page at the origin (cached) vs static file', figure: `${fmt(article!)} vs ${fmt(file!)}`, target: '≥ 0.35×', ratio: ratio(article!.rps, file!.rps) },
      { what: 'home page vs article page', figure: `${fmt(home!)} vs ${fmt(article!)}`, target: '≥ 0.9×', ratio: ratio(home!.rps, article!.rps) },
      { what: 'REST statements: lean path vs Payload list (depth 0)', figure: `${fmt(leanStatements!)} vs ${fmt(restToday!)}`, target: '≥ 2×', ratio: ratio(leanStatements!.rps, restToday!.rps) },
      { what: 'publish (save) p50 under 50 readers', figure: `${percentile(publish.saves, 50).toFixed(0)} ms (p99 ${percentile(publish.saves, 99).toFixed(0)} ms)`, target: '≤ 1000 ms', ratio: ratio(percentile(publish.saves, 50), 1000) },
      { what: 'publish → visible at the origin, p99 under 50 readers', figure: `${percentile(publish.visible, 99).toFixed(0)} ms (p50 ${percentile(publish.visible, 50).toFixed(0)} ms)`, target: '≤ 1000 ms', ratio: ratio(percentile(publish.visible, 99), 1000) },
    ])
    // Vanilla Payload: the same app and data built with the plugin switched off (same schema and
    // access rules, none of its hooks), serving the same REST lists; then the plugin's build
    // on a fresh process too, so both sides start alike.
    await stopNext()
    stops.shift()
    const vanillaEnv = { ...env, NEWSROOM_PLUGIN_DISABLED: '1', NEWSROOM_NEXT_DIST_DIR: `${DIST}-vanilla` }
    console.log('[bench] next build (plugin disabled) …')
    const vanillaBuild = spawnSync(path.join(root, 'node_modules/.bin/next'), ['build'], { cwd: root, env: vanillaEnv, encoding: 'utf8', maxBuffer: 64 << 20 })
    if (vanillaBuild.status !== 0) throw new Error(`vanilla next build failed\n${vanillaBuild.stdout}\n${vanillaBuild.stderr}`)
    const shallowURL = `${base}/api/statements?limit=10&depth=0`
    const fullURL = `${base}/api/statements?limit=10` // REST's default depth (2)
    const stopVanilla = await startNext(vanillaEnv, port)
    for (const url of [shallowURL, fullURL]) await fetch(url)
    const vanillaShallow = await measure('REST depth 0, plugin disabled', shallowURL)
    const vanillaFull = await measure('REST full depth, plugin disabled', fullURL)
    await stopVanilla()
    stops.unshift(await startNext(env, port))
    for (const url of [shallowURL, fullURL]) await fetch(url)
    const pluginShallow = await measure('REST depth 0, plugin on (fresh process)', shallowURL)
    const pluginFull = await measure('REST full depth, plugin on (fresh process)', fullURL)
    console.table([vanillaShallow, vanillaFull, pluginShallow, pluginFull].map((r) => ({ target: r.name, 'req/s': Math.round(r.rps), 'p50 ms': r.p50, 'p99 ms': r.p99, errors: r.errors })))

    console.log('\nissue 17, origin side: REST against vanilla Payload (fresh processes, same data)')
    console.table([
      { what: 'REST statements full depth: plugin vs vanilla', figure: `${fmt(pluginFull)} vs ${fmt(vanillaFull)}`, target: '≥ 0.9×', ratio: ratio(pluginFull.rps, vanillaFull.rps) },
      { what: 'REST statements depth 0: plugin vs vanilla', figure: `${fmt(pluginShallow)} vs ${fmt(vanillaShallow)}`, target: '≥ 0.9×', ratio: ratio(pluginShallow.rps, vanillaShallow.rps) },
    ])
  } finally {
    for (const stop of stops) await stop().catch(() => {})
  }
}

await main()
process.exit(0)
