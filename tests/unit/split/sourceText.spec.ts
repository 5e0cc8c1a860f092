import { describe, expect, it } from 'vitest'
import { concatSource, originAt, sliceSource, sourceAt } from '../../../src/split/sourceText'

describe('sourceText', () => {
  it('should keep origins through slice and concat', () => {
    const a = sourceAt(10, '甲乙丙')
    const b = sourceAt(20, '丁戊')
    const ab = concatSource([sliceSource(a, 1), b])
    expect(ab.text).toBe('乙丙丁戊')
    expect([0, 1, 2, 3].map((i) => originAt(ab, i))).toEqual([11, 12, 20, 21])
  })
})
