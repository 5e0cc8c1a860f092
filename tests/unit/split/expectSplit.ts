import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import type { Repair, SplitResult } from '../../../src/split/index'
import { lostChars } from './invariants'

// Field-by-field comparison of a split with a NAME.expected.json, as ../shared/fixtures/README.md describes.

const here = path.dirname(fileURLToPath(import.meta.url))
export const REPO_ROOT = path.resolve(here, '../../..')
export const SHARED_FIXTURES = path.resolve(here, '../../../../shared/fixtures')
export { lostChars }
export const OWN_FIXTURES = path.resolve(here, '../../fixtures/split')

const WS = /[\s\u200b\u200c\u200d\u2060\ufeff]/gu
const strip = (s: string): string => s.replace(WS, '')

type MustRepair = { kind: string; count: number } | { kind: string; before: string; after: string }
interface Expected extends Omit<SplitResult, 'repairs' | 'warnings'> {
  mustRepair?: MustRepair[]
  mustWarn?: { kind: string; at?: string[] }[]
}

export interface Case {
  name: string
  input: string
  expected: Expected
}

/** Every NAME.txt with a NAME.expected.json beside it. */
export function loadCases(dir: string): Case[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt') && fs.existsSync(path.join(dir, f.replace(/\.txt$/, '.expected.json'))))
    .sort()
    .map((f) => ({
      name: f.replace(/\.txt$/, ''),
      input: fs.readFileSync(path.join(dir, f), 'utf8'),
      expected: JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected,
    }))
}

const reporterKey = (list: { name: string; role: string }[]): string[] => list.map((r) => `${r.name}\u0000${r.role}`).sort()

/** title, intro, outro and each entry's fields compared exactly. */
export function expectFields(out: SplitResult, exp: Expected): void {
  expect(out.title, 'title').toBe(exp.title)
  expect(out.intro, 'intro').toEqual(exp.intro)
  expect(out.outro, 'outro').toEqual(exp.outro)
  expect(out.entries.length, 'entries.length').toBe(exp.entries.length)
  exp.entries.forEach((e, i) => {
    const a = out.entries[i]
    expect(a?.headline, `entries[${i}].headline`).toBe(e.headline)
    expect(a?.speaker?.name ?? null, `entries[${i}].speaker.name`).toBe(e.speaker?.name ?? null)
    expect(a?.speaker?.titles ?? null, `entries[${i}].speaker.titles`).toEqual(e.speaker?.titles ?? null)
    expect(reporterKey(a?.reporters ?? []), `entries[${i}].reporters`).toEqual(reporterKey(e.reporters))
    expect(a?.paragraphs, `entries[${i}].paragraphs`).toEqual(e.paragraphs)
  })
}

/** Every repair's `before` sits at its offset; every warning's offset is inside the input. */
export function expectOffsetsTrue(input: string, out: SplitResult): void {
  for (const r of out.repairs) expect(input.slice(r.offset, r.offset + r.before.length), `repair ${JSON.stringify(r)}`).toBe(r.before)
  for (const w of out.warnings) expect(w.offset >= 0 && w.offset <= input.length, `warning ${JSON.stringify(w)}`).toBe(true)
}

function occurrences(hay: string, needle: string): number[] {
  const at: number[] = []
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) at.push(i)
  return at
}

/** Does some placement of `item.before` get turned into `item.after` by the repairs there? */
function repairMet(input: string, item: { kind: string; before: string; after: string }, repairs: Repair[]): boolean {
  for (const s of occurrences(input, item.before)) {
    const e = s + item.before.length
    const R = repairs
      .filter((r) => (r.before.length ? r.offset < e && r.offset + r.before.length > s : r.offset >= s && r.offset <= e))
      .sort((a, b) => a.offset - b.offset)
    if (!R.length) continue
    const lo = Math.min(s, ...R.map((r) => r.offset))
    const hi = Math.max(e, ...R.map((r) => r.offset + r.before.length))
    let x = ''
    let pos = lo
    for (const r of R) {
      if (r.offset < pos) continue
      x += input.slice(pos, r.offset) + r.after
      pos = r.offset + r.before.length
    }
    x += input.slice(pos, hi)
    if (strip(x) !== strip(input.slice(lo, s) + item.after + input.slice(e, hi))) continue
    if (!R.some((r) => r.kind === item.kind)) continue
    if ((item.kind === 'join' || item.kind === 'doubled-char') && !R.some((r) => /[\r\n]/.test(r.before) && !/[\r\n]/.test(r.after))) continue
    return true
  }
  return false
}

export function expectMustRepair(input: string, out: SplitResult, exp: Expected): void {
  for (const item of exp.mustRepair ?? []) {
    if ('count' in item) expect(out.repairs.filter((r) => r.kind === item.kind).length, `count of ${item.kind}`).toBeGreaterThanOrEqual(item.count)
    else expect(repairMet(input, item, out.repairs), `mustRepair ${JSON.stringify(item)}`).toBe(true)
  }
}

export function expectMustWarn(input: string, out: SplitResult, exp: Expected): void {
  for (const item of exp.mustWarn ?? []) {
    const ws = out.warnings.filter((w) => w.kind === item.kind)
    const ok = ws.some((w) => !item.at || item.at.some((a) => occurrences(input, a).some((i) => w.offset >= i && w.offset <= i + a.length)))
    expect(ok, `mustWarn ${JSON.stringify(item)}`).toBe(true)
  }
}

/** The whole check the scorer makes, one expectation at a time. */
export function expectSplit(input: string, out: SplitResult, exp: Expected): void {
  expectFields(out, exp)
  expectOffsetsTrue(input, out)
  expectMustRepair(input, out, exp)
  expectMustWarn(input, out, exp)
  expect(lostChars(input, out), 'nothing lost').toEqual([])
}
