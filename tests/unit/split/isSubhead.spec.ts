import { describe, expect, it } from 'vitest'
import { isSubhead } from '../../../src/split/isSubhead'

describe('isSubhead', () => {
  it('should take a short line without a full stop for a subhead', () => {
    expect(isSubhead('提前来京拜访院士取经')).toBe(true)
    expect(isSubhead('建议独生子女父母退休金上调10-20%')).toBe(true)
  })
  it('should not take a sentence, a line that runs on, a caption or a label for a subhead', () => {
    expect(isSubhead('记者来到部分委员的住地。')).toBe(false)
    expect(isSubhead('不变的是殷切期盼，')).toBe(false)
    expect(isSubhead('全国人大代表蒙兰凤 记者宋磊摄')).toBe(false)
    expect(isSubhead('張泉靈：姚明在人民大會堂方便伸腿')).toBe(false)
  })
})
