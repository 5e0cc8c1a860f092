// `npm run bench:edge`: the site through Varnish (edge/default.vcl) in front of two production
// servers sharing Redis, over an embedded Postgres seeded with BENCH_ARTICLES (default 200)
// articles × 7 statements. autocannon, 50 connections, BENCH_SECONDS (default 20) per target:
// the article page, the home page and the RSS feed as cache hits beside a static file served by
// the same Varnish; then BENCH_PUBLISHES (default 20) corrections published through server A
// while 50 connections read the article through Varnish, each timed from the request that
// publishes it to the first read through Varnish that shows it. Prints req/s, p50, p99, ratios.
// Uses the build in BENCH_DIST (default .next-bench), building it when it is missing.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import autocannon from 'autocannon'

import { measure as measureFor, percentile, type Row, startNext } from './server'

import { ensurePackages } from '../scripts/edge/packages.mjs'
import { startRedis } from '../scripts/edge/redis.mjs'
import { startVarnish } from '../scripts/edge/varnish.mjs'
import { freePort, startPostgres } from '../scripts/lib/postgres.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 200)
const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 20)
const DIST = process.env.BENCH_DIST ?? '.next-bench'
const STATIC = path.join(root, 'public', '__bench', 'article.html')
const EDITOR = { email: 'bench-editor@example.com', password: 'a long enough password' }

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
  await payload.create({ collection: 'users', data: { name: '值班编辑', ...EDITOR, roles: ['editor'] }, ...system })
  const reporter = await payload.create({ collection: 'reporters', data: { name: '林晓' }, ...system })
  const speakers = await Promise.all(Array.from({ length: 50 }, (_, i) => payload.create({ collection: 'delegates', data: { name: `代表${i}`, titles: [{ title: '省人大代表' }] }, ...system })))
  const published = { _status: 'published' as const, stage: 'published' as const, publishedAt: new Date().toISOString() }
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
  }
  await payload.destroy()
}

const measure = (name: string, url: string): Promise<Row> => measureFor(name, url, SECONDS)

async function main() {
  ensurePackages(['varnish', 'redis'])
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-edge-pg-'))
  fs.chmodSync(dir, 0o755)
  const pg = await startPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), logFile: path.join(dir, 'pg.log'), fast: true })
  const stops: (() => Promise<void>)[] = [async () => { await pg.stop(); fs.rmSync(dir, { recursive: true, force: true }) }]
  try {
    await pg.createDatabase('bench')
    const [portA, portB, edgePort] = [await freePort(), await freePort(), await freePort()]
    const redis = await startRedis({ port: await freePort() })
    stops.unshift(redis.stop)
    const edgeURL = `http://127.0.0.1:${edgePort}`
    const env = { ...process.env, DATABASE_URL: pg.url('bench'), PAYLOAD_SECRET: 'bench-secret-0123456789abcdef', NEWSROOM_ROLE: 'web', NEWSROOM_NEXT_DIST_DIR: DIST, NEWSROOM_SKIP_BUILD_TYPECHECK: '1', NEWSROOM_SITE_URL: edgeURL, NEWSROOM_ALLOWED_ORIGINS: edgeURL, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const, REDIS_URL: redis.url, VARNISH_PURGE_URLS: edgeURL }
    console.log(`[bench] seeding ${ARTICLES} articles …`)
    await seed(env)
    if (!fs.existsSync(path.join(root, DIST, 'BUILD_ID'))) {
      console.log(`[bench] next build into ${DIST} …`)
      const built = spawnSync(path.join(root, 'node_modules/.bin/next'), ['build'], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 << 20 })
      if (built.status !== 0) throw new Error(`next build failed\n${built.stdout}\n${built.stderr}`)
    }
    // The article's HTML as a file in public/ (listed by `next start` when it starts), then both servers.
    const first = await startNext(env, portA)
    const a = `http://127.0.0.1:${portA}`
    const article = (await (await fetch(`${a}/api/articles?limit=1&sort=-publishedAt&depth=0`)).json()).docs[0] as { id: number; slug: string }
    const hadPublic = fs.existsSync(path.join(root, 'public'))
    fs.mkdirSync(path.dirname(STATIC), { recursive: true })
    fs.writeFileSync(STATIC, await (await fetch(`${a}/articles/${article.slug}`)).text())
    stops.unshift(async () => fs.rmSync(path.join(root, hadPublic ? 'public/__bench' : 'public'), { recursive: true, force: true }))
    await first()
    const [stopA, stopB] = await Promise.all([startNext(env, portA), startNext(env, portB)])
    stops.unshift(stopA, stopB)
    const edge = await startVarnish({ port: edgePort, backends: [{ host: '127.0.0.1', port: portA }, { host: '127.0.0.1', port: portB }] })
    stops.unshift(edge.stop)

    const page = `/articles/${article.slug}`
    for (const warm of [page, '/', '/feeds/rss.xml', '/__bench/article.html']) for (let i = 0; i < 3; i++) await fetch(`${edgeURL}${warm}`)
    const rows = [
      await measure('static file via Varnish', `${edgeURL}/__bench/article.html`),
      await measure('article page via Varnish (hit)', `${edgeURL}${page}`),
      await measure('home via Varnish (hit)', `${edgeURL}/`),
      await measure('RSS feed via Varnish (hit)', `${edgeURL}/feeds/rss.xml`),
    ]
    console.log(`\n${ARTICLES} articles × 7 statements, 2 app servers + Redis behind Varnish, 50 connections, ${SECONDS} s each, ${os.cpus().length} cores`)
    console.table(rows.map((r) => ({ target: r.name, 'req/s': Math.round(r.rps), 'p50 ms': r.p50, 'p99 ms': r.p99, errors: r.errors })))
    const file = rows[0]!
    for (const row of rows.slice(1)) console.log(`${row.name} / static file: ${(row.rps / file.rps).toFixed(2)}× (target ≥ 0.9×), p99 ${row.p99} ms (target ≤ 20 ms)`)

    // Publish → visible through Varnish, with 50 readers on the page.
    const login = await fetch(`${a}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(EDITOR) })
    const token = ((await login.json()) as { token: string }).token
    const readers = autocannon({ url: `${edgeURL}${page}`, connections: 50, duration: 3600 })
    const visible: number[] = []
    const publishing: number[] = []
    let stale = 0
    try {
      for (let n = 0; n < PUBLISHES; n++) {
        const dek = `第${n + 1}次更正 ${Date.now()}`
        const started = performance.now()
        const saved = await fetch(`${a}/api/articles/${article.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, body: JSON.stringify({ dek }) })
        if (!saved.ok) throw new Error(`publish failed: ${saved.status} ${await saved.text()}`)
        publishing.push(performance.now() - started)
        for (let tries = 0; ; tries++) {
          if ((await (await fetch(`${edgeURL}${page}`)).text()).includes(dek)) break
          if (tries === 0) stale++ // the first read after the publish's response was stale
          if (tries > 500) throw new Error(`correction ${n + 1} never became visible through Varnish`)
          await new Promise((r) => setTimeout(r, 10))
        }
        visible.push(performance.now() - started)
        await new Promise((r) => setTimeout(r, 250))
      }
    } finally {
      ;(readers as unknown as { stop: () => void }).stop()
    }
    const ms = (v: number) => `${Math.round(v)} ms`
    console.log(`\npublish → visible through Varnish under 50 readers (${PUBLISHES} publishes): p50 ${ms(percentile(visible, 50))}, p99 ${ms(percentile(visible, 99))} (target ≤ 1 s); ` +
      `the publish request itself p50 ${ms(percentile(publishing, 50))}, p99 ${ms(percentile(publishing, 99))}; stale first reads after the response: ${stale}`)
  } finally {
    for (const stop of stops) await stop().catch(() => {})
  }
}

await main()
process.exit(0)
