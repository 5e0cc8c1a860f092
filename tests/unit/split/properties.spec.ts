import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitPaste } from '../../../src/split/index'
import { nothingLost, offsetsTrue, pasteLike, resplitSame, roundup } from './invariants'

// The invariants of the issue as fast-check properties, 500 runs each (fixed seed, so CI repeats).

const RUNS = { numRuns: 500, seed: 20240120 }
const holds = (check: (s: string) => string | null) => (s: string) => {
  const why = check(s)
  if (why) throw new Error(why)
}

describe('splitPaste properties', () => {
  it('should never throw on any string', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), pasteLike), (s) => void splitPaste(s)), RUNS)
  })
  it('should lose nothing', () => {
    fc.assert(fc.property(fc.oneof(pasteLike, roundup, fc.string({ unit: 'grapheme', maxLength: 100 })), holds(nothingLost)), RUNS)
  })
  it('should keep every offset true to the input', () => {
    fc.assert(fc.property(fc.oneof(pasteLike, roundup, fc.string({ unit: 'binary', maxLength: 100 })), holds(offsetsTrue)), RUNS)
  })
  it('should give the same entries when its output is rendered and split again', () => {
    fc.assert(fc.property(fc.oneof(roundup, pasteLike), holds(resplitSame)), RUNS)
  })
})

describe('linear time on 1 MB pathological lines', () => {
  const MB = 1 << 20
  const cases: [string, string][] = [
    ['。', '。'.repeat(MB)], ['spaces', ' '.repeat(MB)], ['one repeated Han character', '神'.repeat(MB)],
    ['a', 'a'.repeat(MB)], ['commas between Han', '中,'.repeat(MB / 2)], ['open parentheses', '河('.repeat(MB / 2)],
    ['、', '、'.repeat(MB)],
  ]
  // the best of three runs, so one pause of a busy machine does not count
  const time = (text: string): number => {
    let best = Infinity
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now()
      splitPaste(text)
      best = Math.min(best, performance.now() - t0)
    }
    return best
  }
  // growth, not a wall-clock figure (the figures are the benchmark's): 10× the input within 25× the
  // time. A quadratic pass would take 100×; the garbage collector alone took 16.8× once on a busy
  // machine for the 1 MB comma line, so the 15× would fail on noise rather than on a bug.
  for (const [name, text] of cases) {
    it(`should split a 1 MB line of ${name} in time linear in its length`, () => {
      const tenth = text.slice(0, text.length / 10)
      time(tenth) // warm up
      const small = time(tenth)
      const full = time(text)
      expect(full).toBeLessThan(25 * small + 50)
    }, 120_000)
  }
})

describe('linear time on 1 MB of many short lines', () => {
  const time = (text: string): number => {
    const t0 = performance.now()
    splitPaste(text)
    return performance.now() - t0
  }
  // half a million lines each doubled at the break, or a million blank lines: twice the input, about twice the time
  for (const [name, unit] of [['doubled at every break', '神\n'], ['blank lines', '\n\n'], ['short body lines', '推动发展\n']] as const) {
    it(`should grow linearly on ${name}`, () => {
      const n = (1 << 19) / unit.length
      time(unit.repeat(n / 4)) // warm up
      const half = time(unit.repeat(n))
      const full = time(unit.repeat(2 * n))
      expect(full).toBeLessThan(4 * half + 200)
    }, 120_000)
  }
})
