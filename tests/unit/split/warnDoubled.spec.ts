import { describe, expect, it } from 'vitest'
import { sourceAt } from '../../../src/split/sourceText'
import { warnDoubled } from '../../../src/split/warnDoubled'
import { newReport } from './passes.helpers'

const warn = (s: string) => {
  const report = newReport()
  warnDoubled(sourceAt(0, s), report)
  return report.warnings
}

describe('warnDoubled', () => {
  it('should warn on a doubled character in running text at its offset', () => {
    expect(warn('持之以恒恒抓项目')).toEqual([expect.objectContaining({ kind: 'doubled-char', offset: 4 })])
  })
  it('should leave ordinary doubled text alone', () => {
    expect(warn('水平平安、忠实实践、加大大气、扎扎实实、哈哈哈')).toEqual([])
  })
})
