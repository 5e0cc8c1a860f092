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

describe('name lines in web copy (gatherNameLines)', () => {
  const web = (text: string) => splitPaste(text, { layout: 'web' })
  const LEAD = '让我们一起来听听代表们的心声，看看他们怎么说。\n'
  it('should read a name line and the title lines under it as one speaker', () => {
    const r = web(`${LEAD}王运丹\n上海市第十四、十五届人大代表\n中国能源研究会常务理事、国家电投专家委委员\n担任市人大代表已近10年，感受很深。\n`)
    expect(r.entries.map((e) => e.speaker)).toEqual([
      { name: '王运丹', titles: ['上海市第十四、十五届人大代表', '中国能源研究会常务理事', '国家电投专家委委员'] },
    ])
  })
  it('should read names alone above their quotes as speakers without titles when there are several', () => {
    const r = web(`${LEAD}拜秀花\n越到基层越真实，很多情况不能只听汇报。\n任玉奇\n真正走到百姓中去，每件事都是大事。\n`)
    expect(r.entries.map((e) => [e.speaker?.name, e.paragraphs.length])).toEqual([['拜秀花', 1], ['任玉奇', 1]])
  })
  it('should take a short line between the name and its titles as the entry headline', () => {
    const r = web(`${LEAD}拜秀花\n很多情况不能只听官员汇报\n全国人大代表、青海省西宁市回族中学副校长\n新京报：去年你参加了什么活动？\n`)
    expect([r.entries[0]?.headline, r.entries[0]?.speaker?.titles]).toEqual(['很多情况不能只听官员汇报', ['全国人大代表', '青海省西宁市回族中学副校长']])
  })
  it('should leave a single name line above the lead alone (an author, not a speaker)', () =>
    expect(web(`标题在这里\n张华\n${LEAD}代表们纷纷表示，要把报告精神落到实处。\n`).entries).toEqual([]))
})
