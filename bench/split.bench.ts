import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { splitPaste } from '../src/split/index'

// `npm run bench:split`: the splitter's speed on a 10 MB corpus (the seed and our layouts, varied),
// against a bare line scan, plus how time grows from 1 MB to 10 MB and the peak RSS. Peak RSS is
// that of a fresh child splitting the 10 MB corpus once: plain `node` on an esbuild bundle of the
// splitter (judged against the target; tsx's loader thread is not counted) and, for reference,
// the same under tsx. Both print the RSS just before splitting and the increase over it.

const here = path.dirname(fileURLToPath(import.meta.url))
const MB = 1024 * 1024
const sources = [path.resolve(here, '../../shared/fixtures'), path.resolve(here, '../tests/fixtures/split')]

function texts(): string[] {
  const out: string[] = []
  for (const dir of sources) {
    if (!fs.existsSync(dir)) continue
    for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.txt')) out.push(fs.readFileSync(path.join(dir, f), 'utf8'))
  }
  if (out.length === 0) throw new Error('no fixtures found for the corpus')
  return out
}

/** Pieces one after another, each varied (numbers changed, CRLF or LF), until `bytes` UTF-8 bytes. */
function corpus(bytes: number): string {
  const base = texts()
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    let t = (base[i % base.length] as string).replace(/\d+/g, (d) => String((Number(d) + i) % 1000))
    if (i % 3 === 1) t = t.replace(/\r?\n/g, '\r\n')
    parts.push(t)
    size += Buffer.byteLength(t) + 2
  }
  return parts.join('\n\n')
}

function time(fn: () => void, runs: number): number {
  let best = Infinity
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint()
    fn()
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6)
  }
  return best
}

interface Rss {
  /** RSS once the corpus is in memory, just before splitting (bytes). */
  before: number
  /** The process's peak RSS (bytes), splitting included. */
  peak: number
}

// `--rss-child`: a fresh process that only builds the 10 MB corpus and splits it once, so its peak
// RSS is the splitter's and not that of the timing runs, the 1 MB runs or the baseline's garbage.
if (process.argv.includes('--rss-child')) {
  const text = corpus(10 * MB)
  const before = process.memoryUsage().rss
  const result = splitPaste(text)
  const peak = process.resourceUsage().maxRSS * 1024
  console.log(JSON.stringify({ before, peak, entries: result.entries.length }))
  process.exit(0)
}

function lastJson(stdout: string): Rss {
  return JSON.parse(stdout.trim().split('\n').pop() as string) as Rss
}

/** This file again under tsx (`--rss-child`): its peak includes tsx's loader (~40 MB more than plain node). */
function tsxRss(): Rss {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--rss-child'], { encoding: 'utf8' })
  if (child.status !== 0) throw new Error(`rss child failed: ${child.stderr}`)
  return lastJson(child.stdout)
}

// the child of plainRss: reads the corpus from a file, then splits it once
const PLAIN_CHILD = `import fs from 'node:fs'
import { splitPaste } from './src/split/index'
const text = fs.readFileSync(process.argv[2], 'utf8')
const before = process.memoryUsage().rss
const result = splitPaste(text)
console.log(JSON.stringify({ before, peak: process.resourceUsage().maxRSS * 1024, entries: result.entries.length }))`

/** The splitter bundled by esbuild (a dependency of tsx) and run by plain `node`, as production runs it; null without esbuild. */
async function plainRss(text: string): Promise<Rss | null> {
  let esbuild: typeof import('esbuild')
  try {
    esbuild = await import('esbuild')
  } catch {
    return null
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'split-bench-'))
  try {
    const bundle = path.join(dir, 'child.mjs')
    const input = path.join(dir, 'corpus.txt')
    esbuild.buildSync({
      stdin: { contents: PLAIN_CHILD, resolveDir: path.resolve(here, '..'), loader: 'ts', sourcefile: 'rss-child.ts' },
      bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'warning',
    })
    fs.writeFileSync(input, text)
    const child = spawnSync(process.execPath, [bundle, input], { encoding: 'utf8' })
    if (child.status !== 0) throw new Error(`rss child failed: ${child.stderr}`)
    return lastJson(child.stdout)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const big = corpus(10 * MB)
const small = corpus(1 * MB)
const bigMB = Buffer.byteLength(big) / MB
const smallMB = Buffer.byteLength(small) / MB

const HEAD = /^#{1,6}\s/
let sink = 0
const baseMs = time(() => {
  for (const line of big.split('\n')) if (HEAD.test(line)) sink++
}, 3)
time(() => splitPaste(small), 2) // warm up
const smallMs = time(() => void (sink += splitPaste(small).entries.length), 3)
const bigMs = time(() => void (sink += splitPaste(big).entries.length), 2)
const plain = await plainRss(big)
const underTsx = tsxRss()
// the target is judged on plain node when esbuild is there, else on the tsx child (which counts tsx too)
const rss = plain ?? underTsx
const peakMB = rss.peak / MB
// issue 13: peak RSS ≤ 10× the input over the process baseline (RSS before splitting)
const rssLimit = 10 * bigMB + rss.before / MB
const describe = (r: Rss, what: string): string =>
  `${(r.peak / MB).toFixed(0)} MB peak, ${what} (${(r.before / MB).toFixed(0)} MB before splitting, so +${((r.peak - r.before) / MB).toFixed(0)} MB)`

const splitRate = bigMB / (bigMs / 1000)
const baseRate = bigMB / (baseMs / 1000)
const growth = bigMs / smallMs / (bigMB / smallMB)
const rows: [string, string, boolean][] = [
  ['splitter', `${splitRate.toFixed(1)} MB/s (${bigMB.toFixed(2)} MB in ${bigMs.toFixed(0)} ms)`, splitRate >= 30],
  ['baseline line scan', `${baseRate.toFixed(1)} MB/s (${baseMs.toFixed(0)} ms)`, true],
  ['baseline / splitter', `${(baseRate / splitRate).toFixed(2)}x (target ≤ 20x)`, baseRate / splitRate <= 20],
  ['10 MB vs 1 MB time', `${(bigMs / smallMs).toFixed(2)}x for ${(bigMB / smallMB).toFixed(2)}x input (per-MB ratio ${growth.toFixed(2)}, target ≤ 1.1)`, growth <= 1.1],
  ['peak RSS', `${describe(rss, plain ? 'plain node on the esbuild-bundled splitter' : 'fresh tsx process')}; target ≤ ${rssLimit.toFixed(0)} MB`, peakMB <= rssLimit],
]
if (plain) rows.push(['peak RSS under tsx', describe(underTsx, 'fresh tsx process, its loader thread included; for reference'), true])
for (const [name, value, ok] of rows) console.log(`${ok ? 'ok  ' : 'MISS'} ${name.padEnd(22)} ${value}`)
console.log(`bench-split: ${rows.every((r) => r[2]) ? 'all targets met' : 'some targets missed'} (checksum ${sink})`)
