import fc from 'fast-check'
import { splitPaste } from '../src/split/index'
import { nothingLost, offsetsTrue, pasteLike, resplitSame, roundup } from '../tests/unit/split/invariants'

// `npm run fuzz:split [-- --runs N --seed S]`: the splitter's invariants on many generated pastes.
// Fixed seed by default so a failure repeats; exits 1 on the first failing property.

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name)
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback
  if (!Number.isInteger(v) || v <= 0) {
    process.stderr.write(`参数 ${name} 需要正整数（${name} needs a positive integer）\n`)
    process.exit(2)
  }
  return v
}

const runs = option('--runs', 10_000)
const seed = option('--seed', 20240120)
const anyText = fc.oneof(pasteLike, roundup, fc.string({ unit: 'binary', maxLength: 200 }))
const holds = (check: (s: string) => string | null) => (s: string) => {
  const why = check(s)
  if (why) throw new Error(why)
}
const properties: [string, fc.IProperty<[string]>][] = [
  ['never throws', fc.property(anyText, (s) => void splitPaste(s))],
  ['nothing lost', fc.property(anyText, holds(nothingLost))],
  ['offsets true', fc.property(anyText, holds(offsetsTrue))],
  ['re-split same entries', fc.property(fc.oneof(roundup, pasteLike), holds(resplitSame))],
]

const t0 = performance.now()
let failed = 0
for (const [name, prop] of properties) {
  const details = fc.check(prop, { numRuns: runs, seed })
  if (details.failed) {
    failed++
    process.stderr.write(`FAIL ${name}: ${fc.defaultReportMessage(details)?.split('\n').slice(0, 6).join('\n')}\n`)
  } else console.log(`ok   ${name}: ${details.numRuns} runs`)
}
const secs = ((performance.now() - t0) / 1000).toFixed(1)
console.log(`fuzz-split: ${properties.length - failed}/${properties.length} properties held, ${runs} runs each, seed ${seed}, ${secs} s`)
process.exit(failed ? 1 : 0)
