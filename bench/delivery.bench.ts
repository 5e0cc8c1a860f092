// `npm run bench:delivery`: the public site's speed on a production build (`next build` +
// `next start`) over an embedded Postgres seeded with 1,000 articles × 7 statements.
// autocannon, 50 connections, BENCH_SECONDS (default 20) per target: the cached article page,
// the home page, the RSS feed and the REST list of published statements, beside the same
// article HTML served as a static file by the same server. Prints req/s, p50, p99, ratios.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import autocannon from 'autocannon'

import { freePort, startPostgres } from '../scripts/lib/postgres.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000)
const DIST = '.next-bench'
const STATIC = path.join(root, 'public', '__bench', 'article.html')

const lexical = (text: string) => ({
  root: { type: 'root', format: '' as const, indent: 0, version: 1, direction: 'ltr' as const,
    children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] }] },
})

async function seed(env: NodeJS.ProcessEnv) {
  Object.assign(process.env, env)
  const [{ getPayload }, { default: config }, { migrations }] = await Promise.all([import('payload'), import('../payload.config'), import('../migrations')])
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: migrations as never })
  const system = { overrideAccess: true, context: { disableRevalidate: true, newsroomSystem: true, newsroomSkipAudit: true } }
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

async function startNext(env: NodeJS.ProcessEnv, port: number) {
  const child = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env, detached: true, stdio: 'ignore' })
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/users/me`)).ok) break
    } catch {}
    await new Promise((r) => setTimeout(r, 200))
  }
  return () => new Promise<void>((resolve) => { child.once('exit', () => resolve()); process.kill(-child.pid!, 'SIGTERM') })
}

type Row = { name: string; rps: number; p50: number; p99: number; errors: number }
const measure = async (name: string, url: string): Promise<Row> => {
  const r = await autocannon({ url, connections: 50, duration: SECONDS })
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx }
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
    ]
    console.log(`\n${ARTICLES} articles × 7 statements, 50 connections, ${SECONDS} s each, ${os.cpus().length} cores`)
    console.table(rows.map((r) => ({ target: r.name, 'req/s': Math.round(r.rps), 'p50 ms': r.p50, 'p99 ms': r.p99, errors: r.errors })))
    const [file, article] = rows
    console.log(`article page / static file: ${(article!.rps / file!.rps).toFixed(2)}× (target ≥ 0.7×), article p99 ${article!.p99} ms (target ≤ 50 ms)`)
    // Vanilla Payload: the same app and data built with the plugin switched off (same schema and
    // access rules, none of its hooks), serving the same REST list.
    await stopNext()
    stops.shift()
    const vanillaEnv = { ...env, NEWSROOM_PLUGIN_DISABLED: '1', NEWSROOM_NEXT_DIST_DIR: `${DIST}-vanilla` }
    console.log('[bench] next build (plugin disabled) …')
    const vanillaBuild = spawnSync(path.join(root, 'node_modules/.bin/next'), ['build'], { cwd: root, env: vanillaEnv, encoding: 'utf8', maxBuffer: 64 << 20 })
    if (vanillaBuild.status !== 0) throw new Error(`vanilla next build failed\n${vanillaBuild.stdout}\n${vanillaBuild.stderr}`)
    const restURL = `${base}/api/statements?limit=10&depth=0`
    const stopVanilla = await startNext(vanillaEnv, port)
    await fetch(restURL)
    const vanilla = await measure('REST, plugin disabled', restURL)
    await stopVanilla()
    // The same list from the plugin's build on a fresh process too, so both sides start alike.
    stops.unshift(await startNext(env, port))
    await fetch(restURL)
    const rest = await measure('REST, plugin on (fresh process)', restURL)
    console.log(`REST published statements under load earlier in this run: ${Math.round(rows[4]!.rps)} req/s, p99 ${rows[4]!.p99} ms`)
    console.log(
      `REST published statements: ${Math.round(rest.rps)} req/s vs ${Math.round(vanilla.rps)} req/s with the plugin disabled: ` +
        `${(rest.rps / vanilla.rps).toFixed(2)}× (target ≥ 0.9×), p99 ${rest.p99} vs ${vanilla.p99} ms`,
    )
  } finally {
    for (const stop of stops) await stop().catch(() => {})
  }
}

await main()
process.exit(0)
