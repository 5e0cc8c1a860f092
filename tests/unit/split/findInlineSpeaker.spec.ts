import { describe, expect, it } from 'vitest'
import { datelineLength, findAttribution, findInlineSpeaker } from '../../../src/split/findInlineSpeaker'
import { splitPaste } from '../../../src/split/index'

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

describe('opening datelines (issue 13, round 4)', () => {
  const web = (text: string) => splitPaste(text, { layout: 'web' })
  it('should credit a site dateline byline ending in 报道 on every entry', () => {
    const r = web('代表审议报告\n云上黄石报道(记者 费懋华 赵怒宁)今天上午，代表继续审议。\n市人大代表 章松涛：成绩实事求是。\n市人大代表 孙辄：我们有故事讲。\n')
    expect(r.entries.map((e) => e.reporters.map((p) => p.name))).toEqual([['费懋华', '赵怒宁'], ['费懋华', '赵怒宁']])
  })
  it('should read 本报讯 with a space before the bracket as a dateline', () => {
    expect(datelineLength('本报讯 (记者 向昕 姜婷) 律回春渐')).toBe('本报讯 (记者 向昕 姜婷)'.length)
  })
  it('should not read prose that merely contains 报道 as a dateline', () => {
    expect(datelineLength('他看了报道（节选）后说')).toBe(0)
  })
})

describe('代表 as a verb (issue 13, round 4)', () => {
  it('should not take the body a titled person acts for (国务院总理李克强代表国务院) as a speaker', () => {
    const found = findAttribution('大会昨天开幕，国务院总理李克强代表国务院向大会作政府工作报告，代表们表示振奋。')
    expect(found?.speaker.name).not.toBe('国务院')
  })
  it('should still read 代表 printed after a titled name as a title (…书记其德代表讲起了…)', () => {
    expect(findAttribution('会上，村党支部书记其德代表讲起了变化，他说很好。')?.speaker).toEqual({ name: '其德', titles: ['村党支部书记', '代表'] })
  })
})
