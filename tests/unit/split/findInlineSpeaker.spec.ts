import { describe, expect, it } from 'vitest'
import { findInlineSpeaker } from '../../../src/split/findInlineSpeaker'

describe('findInlineSpeaker', () => {
  it('should read titles and name before 说/表示 and ：“', () => {
    expect(findInlineSpeaker('省人大代表、乐都区委书记赵明说：“今年好。”')).toEqual({ name: '赵明', titles: ['省人大代表', '乐都区委书记'] })
  })
  it('should ignore a Q&A label and plain prose', () => {
    expect(findInlineSpeaker('张立军：我们将实施十项实事。')).toBeNull()
    expect(findInlineSpeaker('代表们表示，将认真履职。')).toBeNull()
  })
  it('should not take people in general for a speaker (居民说，)', () => {
    expect(findInlineSpeaker('居民说，出行方便了。')).toBeNull()
    expect(findInlineSpeaker('市民表示，很满意。')).toBeNull()
  })
})
