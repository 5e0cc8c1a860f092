import { describe, expect, it } from 'vitest'
import { splitPaste } from '../../../src/split/index'
import { expectFields, expectMustRepair, expectMustWarn, expectOffsetsTrue, loadCases, lostChars, SHARED_FIXTURES } from './expectSplit'

// The real seed paste must come out exactly (../shared/fixtures/seed-roundup.*).

const seed = loadCases(SHARED_FIXTURES).find((c) => c.name === 'seed-roundup')
if (!seed) throw new Error(`seed fixture not found in ${SHARED_FIXTURES}`)
const out = splitPaste(seed.input)

describe('seed roundup', () => {
  it('should give the expected title, intro, outro and entries field by field', () => {
    expectFields(out, seed.expected)
  })
  it('should report every mustRepair repair', () => {
    expectMustRepair(seed.input, out, seed.expected)
  })
  it('should report every mustWarn warning', () => {
    expectMustWarn(seed.input, out, seed.expected)
  })
  it('should keep repair offsets true to the input', () => {
    expectOffsetsTrue(seed.input, out)
  })
  it('should lose nothing', () => {
    expect(lostChars(seed.input, out)).toEqual([])
  })
  it('should match the hand-checked facts: 7 entries, 2-2-1-1-2-2-2 paragraphs, 227 conversions, 20 joins', () => {
    expect(out.entries.map((e) => e.paragraphs.length)).toEqual([2, 2, 1, 1, 2, 2, 2])
    expect(out.repairs.filter((r) => r.kind === 'punctuation')).toHaveLength(227)
    expect(out.repairs.filter((r) => r.kind === 'join')).toHaveLength(21)
    expect(out.repairs.filter((r) => r.kind === 'doubled-char')).toHaveLength(1)
  })
  it('should leave ordinary doubled text alone and warn only on 持之以恒恒', () => {
    const doubled = out.warnings.filter((w) => w.kind === 'doubled-char')
    expect(doubled).toHaveLength(1)
    expect(seed.input.slice((doubled[0]?.offset ?? 0) - 4, (doubled[0]?.offset ?? 0) + 1)).toBe('持之以恒恒')
  })
})
