import { describe, expect, it } from 'vitest'
import { splitPaste } from '../../../src/split/index'
import { parseBylineLine } from '../../../src/split/parseByline'
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

describe('TV-script labels', () => {
  const web = (text: string) => splitPaste(text, { layout: 'web' })
  it('should read the name after a sound-bite label (同期声 刘赐贵) as a speaker line, the paragraph naming him above it in his entry', () => {
    const r = web('记者们迎了上去，刘赐贵停下了脚步。\n刘赐贵停下了脚步，反复叮嘱孩子们要加强锻炼。\n同期声 刘赐贵\n（一定要喜欢运动，好吗。）\n')
    expect(r.entries.map((e) => [e.speaker?.name, e.paragraphs.length])).toEqual([['刘赐贵', 2]])
  })
  it('should keep the words before the name on a sound-bite label line as titles, as printed', () => {
    const r = web('小记者们采访了代表，大家都很认真。\n同期声：海南省广播电视总台 青少频道《科教一线》 小记者 杨艺涵\n以前有一些同学中暑直接晕倒。\n')
    expect(r.entries[0]?.speaker).toEqual({ name: '杨艺涵', titles: ['海南省广播电视总台', '青少频道《科教一线》', '小记者'] })
  })
  it('should read a label with a pinyin aside (【現(xiàn)場】) and keep the aside in a title', () => {
    const r = web('【現(xiàn)場】記者 施文雅：我現在是在武進假日酒店，代表們陸續趕來報到。\n【同期聲】區(qū)人大代表 吳淑玄：我主要是關注舊樓改造和拆遷問題。\n')
    expect(r.intro).toEqual(['記者 施文雅：我現在是在武進假日酒店，代表們陸續趕來報到。'])
    expect(r.entries[0]?.speaker).toEqual({ name: '吳淑玄', titles: ['區（qū）人大代表'] })
  })
  it('should credit the reporter of an opening stand-up (記者 施文雅：…) on every entry', () => {
    const r = web('記者 施文雅：我現在是在武進假日酒店，代表們陸續趕來報到。\n區人大代表 吳淑玄：我主要是關注舊樓改造。\n區人大代表 諸建偉：主要是橫玉路改造。\n')
    expect(r.entries.map((e) => e.reporters)).toEqual([[{ name: '施文雅', role: '記者' }], [{ name: '施文雅', role: '記者' }]])
  })
  it('should put a closing paragraph about the group (小记者们表示，…) in the outro', () => {
    const r = web('区人大代表 吴淑玄：我主要是关注旧楼改造。\n今年代表们关注的热点十分广泛，很多代表都提前做了调研。\n')
    expect(r.outro).toEqual(['今年代表们关注的热点十分广泛，很多代表都提前做了调研。'])
  })
  it('should drop the | a link bar left after the last sentence as chrome', () => {
    const r = web('区人大代表 吴淑玄：我主要是关注旧楼改造和拆迁问题。 |\n')
    expect([r.entries[0]?.paragraphs, r.repairs.filter((x) => x.kind === 'chrome').map((x) => x.before)]).toEqual([
      ['区人大代表 吴淑玄：我主要是关注旧楼改造和拆迁问题。'], [' |'],
    ])
  })
})

describe('credit lines', () => {
  it('should read a credit line of five roles, 摄影 before a name as a role', () => {
    const r = splitPaste('浙江新闻客户端策划 张亮 袁艳 记者 戴睿云 摄影 魏志阳 设计 王汝吉 通讯员 张婷\n问题一：松阳如何平衡发展？\n梁海刚代表：高质量发展是首要任务。\n', { layout: 'web' })
    expect(r.entries[0]?.reporters.map((x) => `${x.role} ${x.name}`).sort()).toEqual(
      ['摄影 魏志阳', '策划 张亮', '策划 袁艳', '设计 王汝吉', '记者 戴睿云', '通讯员 张婷'].sort())
  })
  it('should read video and text editors as roles', () =>
    expect(parseBylineLine('(视频编辑:龙威 文字编辑:张淑兰)')).toEqual([{ name: '龙威', role: '视频编辑' }, { name: '张淑兰', role: '文字编辑' }]))
  it('should still read 记者 A 摄影 as a photo credit when no name follows', () =>
    expect(parseBylineLine('（记者 王林 摄影）')).toEqual([{ name: '王林', role: '摄影' }]))
})

describe('Q&A link breaks in web copy', () => {
  it('should join a question cut by a keyword link, but not the answer turn after it', () => {
    const r = splitPaste('今天上午，大会在北京开幕。\n\n问：你有没有采访哪个\n\n人大代表\n\n张曦：我在会中时，遇到了几个代表。\n', { layout: 'web' })
    expect([...r.intro, ...(r.entries[0]?.paragraphs ?? [])].slice(1)).toEqual(['问：你有没有采访哪个人大代表', '张曦：我在会中时，遇到了几个代表。'])
  })
})

describe('closing remarks', () => {
  const PIECE = '我们采访的人大代表是渝万律师事务所主任张兴安。“张爷爷，您关注哪些问题？”张爷爷笑着说，他提了3个建议。\n\n对民营经济，政府应加大支持，营造更好的营商环境。\n\n'
  it('should put a closing remark about the delegates in general (采访完人大代表，…) in the outro', () =>
    expect(splitPaste(`${PIECE}采访完人大代表，让我们这些小记者收获了信心。\n`).outro).toEqual(['采访完人大代表，让我们这些小记者收获了信心。']))
  it('should keep a closing paragraph in the speaker’s own voice in the entry (作为一名人大代表，我…)', () =>
    expect(splitPaste(`${PIECE}作为一名人大代表，我会继续履职尽责。\n`).outro).toEqual([]))
})
