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
  it('should not warn on a place name before its organ (自治州州委)', () => expect(warn('海南藏族自治州州委书记')).toEqual([]))
  it('should not warn on a doubled name standing alone in a credit', () => expect(warn('中不以媒体记者 木木 岳珊')).toEqual([]))
  it('should not warn on a verb reduplicated after an A-not-A question', () => expect(warn('委员是不是开开会、鼓鼓掌')).toEqual([]))
  it('should still warn on 锲而不舍舍', () => expect(warn('我们要锲而不舍舍弃旧习')).toHaveLength(1))
})
