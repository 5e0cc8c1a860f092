import { describe, expect, it } from 'vitest'
import { splitPaste } from '../../../src/split/index'
import { parseSpeaker } from '../../../src/split/parseSpeaker'

// Issue 13, round 3: print columns, Q&A name lines and credits, TV-script labels; one behaviour per assertion.

describe('speaker lines and headlines', () => {
  it('should not read a headline describing delegates (…的代表陆续报到) as a speaker line', () =>
    expect(parseSpeaker('出席州十四届人大三次会议的代表陆续报到')).toBeNull())
  it('should take that headline as the title and find the speaker in the body', () => {
    const r = splitPaste('出席会议的代表陆续报到\n\n代表沈国昌来自三坝乡白地村，他说，近年来三坝乡变化很大。\n\n“我很荣幸能够参加此次大会。”代表赵卫平说。\n')
    expect([r.title, ...r.entries.map((e) => e.speaker?.name)]).toEqual(['出席会议的代表陆续报到', '沈国昌', '赵卫平'])
  })
})

describe('people introduced after 是', () => {
  it('should start the entry of the person a paragraph names after 是 (…的人大代表是某所主任张兴安)', () => {
    const r = splitPaste('2020-1-20 9:54:20 三峡都市报\n\n我们采访的人大代表是渝万律师事务所主任张兴安。“张爷爷，您关注哪些问题？”张爷爷笑着说，他今年提了3个建议。\n')
    expect(r.entries.map((e) => e.speaker)).toEqual([{ name: '张兴安', titles: ['渝万律师事务所主任'] }])
  })
})
