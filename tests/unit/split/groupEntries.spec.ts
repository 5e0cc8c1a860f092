import { describe, expect, it } from 'vitest'
import { splitPaste } from '../../../src/split/index'

// groupEntries is exercised through splitPaste, since it needs the blocks of the passes before it.

describe('groupEntries', () => {
  it('should give an entry per speaker line with the headline above it', () => {
    const r = splitPaste('## 小标题\n\n省人大代表、县委书记 王明\n\n正文。')
    expect(r.entries).toEqual([{ headline: '小标题', speaker: { name: '王明', titles: ['省人大代表', '县委书记'] }, reporters: [], paragraphs: ['正文。'], start: 3, end: 26, paragraphSpans: [{ start: 23, end: 26 }] }])
  })
  it('should put paragraphs before the first entry in the intro and after a closed last entry in the outro', () => {
    const r = splitPaste('开头一段。\n\n省人大代表、县委书记 王明\n\n正文。（记者 李四）\n\n结尾一段。')
    expect(r.intro).toEqual(['开头一段。'])
    expect(r.outro).toEqual(['结尾一段。'])
  })
  it('should give an opening 本报讯 byline to every entry without its own', () => {
    const r = splitPaste('本报讯（记者 韩雪）两会期间。\n\n省人大代表、县委书记赵明说：“好。”\n\n省政协委员、大学教授李华表示：“行。”')
    expect(r.entries.map((e) => e.reporters)).toEqual([[{ name: '韩雪', role: '记者' }], [{ name: '韩雪', role: '记者' }]])
  })
  it('should start an entry at her own words, not at a paragraph that only announces her', () => {
    const r = splitPaste('访谈还未开始，网民就已留下千余条问题。\n网友在网上留言，点名要求广东省发改委主任李妙娟代表回答“就业”这一问题。\n李妙娟表示：“这位网友的问题也是我们关注的问题。”\n全国人大代表章远新说，要多听网民的声音。\n', { layout: 'web' })
    expect(r.intro.length).toBe(2)
    expect(r.entries.map((e) => [e.speaker?.name, e.paragraphs.length])).toEqual([['李妙娟', 1], ['章远新', 1]])
  })
  it('should start an entry at a paragraph about a titled person who speaks in the next one (他説)', () => {
    const r = splitPaste('會議側記\n全國政協委員黃宏一走下兩會大巴，就吸引了眾多記者。\n談到目前最熱的文化時，他説，要發揚民族文化。\n', { layout: 'web' })
    expect(r.entries.map((e) => [e.speaker?.name, e.speaker?.titles, e.paragraphs.length])).toEqual([['黃宏', ['全國政協委員'], 2]])
  })
  it('should start an entry at a described person who speaks (作为…的谢丽，…“…”), with no titles', () => {
    const r = splitPaste('开头一段，讲会议。\n3月8日是妇女节。作为女代表之一的谢丽，感受到了节日氛围。“会场上响起了掌声。”\n', { layout: 'web' })
    expect(r.entries.map((e) => e.speaker)).toEqual([{ name: '谢丽', titles: [] }])
  })
  it('should not start an entry at two people described together', () => {
    const r = splitPaste('开头一段，讲会议。\n而作为来自渔区的夏永祥和文旅行业的谢丽，成为“民星”。\n', { layout: 'web' })
    expect(r.entries).toEqual([])
  })
  it('should drop a second copy of the title under its meta line', () => {
    const r = splitPaste('議員轉戰立委 強度挑戰大不同\n2016-05-08\n議員轉戰立委 強度挑戰大不同\n基隆市議員出身的蔡適應，選區一下子大7倍。\n他說，雖當立委，很多民眾找民意代表陳情。\n', { layout: 'web' })
    expect([r.title, r.intro, r.entries.map((e) => e.speaker?.name)]).toEqual(['議員轉戰立委 強度挑戰大不同', ['2016-05-08'], ['蔡適應']])
  })
  it('should take the byline inside a bracketed dateline (中央社記者蘇龍麒台北8日電) for every entry', () => {
    const r = splitPaste('標題一行\n新科立委看立院4（中央社記者蘇龍麒台北8日電）不少立委是從議會轉戰中央。\n立委蔡適應表示，強度很高。\n', { layout: 'web' })
    expect(r.entries.map((e) => e.reporters)).toEqual([[{ name: '蘇龍麒', role: '記者' }]])
  })
  it('should start an entry at a paragraph opening with a person the piece named with titles', () => {
    const r = splitPaste('標題一行\n民主進步黨籍立委蔡適應、中國國民黨籍立委李彥秀均是新科立委。\n立委蔡適應表示，強度很高。\n李彥秀的選區則很特別，讓她忙上3到5倍。\n', { layout: 'web' })
    expect(r.entries.map((e) => [e.speaker?.name, e.speaker?.titles])).toEqual([['蔡適應', ['立委']], ['李彥秀', []]])
  })
  it('should open an entry with a one-sentence caption naming its speaker, not with a turn or a group', () => {
    const r = splitPaste('开头一段，讲会议。\n北汽集团的党委书记、董事长徐和谊在接受媒体采访。\n全国政协委员徐和谊是北汽集团董事长，他表示，要发展实体经济。\n', { layout: 'web' })
    expect([r.intro.length, r.entries[0]?.paragraphs.length]).toEqual([1, 2])
    const t = splitPaste('开头一段，讲会议。\n全国政协委员周桐宇、沈雯都关注到投资下滑。\n“玻璃门仍然存在。”全国政协委员周桐宇告诉记者，要改革。\n', { layout: 'web' })
    expect([t.intro.length, t.entries[0]?.paragraphs.length]).toEqual([2, 1])
  })
  it('should give a headline entry the speaker its first paragraph names', () => {
    const r = splitPaste('## 建议取消公摊面积\n\n全国政协委员洪洋建议取消公摊面积。\n\n## 建议第三孩免费上幼儿园\n\n全国政协委员张俊延表示，要降低生育成本。')
    expect(r.entries.map((e) => [e.headline, e.speaker])).toEqual([
      ['建议取消公摊面积', { name: '洪洋', titles: ['全国政协委员'] }],
      ['建议第三孩免费上幼儿园', { name: '张俊延', titles: ['全国政协委员'] }],
    ])
  })
  it('should give a headline entry the speaker of its first answer label', () => {
    const r = splitPaste('## 我省代表关注什么\n\n记者：优势在哪里？\n\n李选生：核心在于文化内涵。')
    expect(r.entries.map((e) => [e.speaker?.name, e.paragraphs.length])).toEqual([['李选生', 2]])
  })
  it('should start a new entry at each change of name label in a transcript', () => {
    const r = splitPaste('郎永淳：接下来连线张泉灵。\n张泉灵：你好郎永淳。\n郎永淳：我们知道政协委员很多。')
    expect(r.entries.map((e) => e.speaker?.name)).toEqual(['郎永淳', '张泉灵', '郎永淳'])
  })
  it('should put a question label into the entry of the answer that follows', () => {
    const r = splitPaste('开头一段。\n问：你对今天的大会有什么感受？\n张曦：我今天上午到了。')
    expect(r.entries[0]?.paragraphs).toEqual(['问：你对今天的大会有什么感受？', '张曦：我今天上午到了。'])
  })
  it('should make a subhead above an interview\'s first turn that entry\'s headline', () => {
    const r = splitPaste('开头一段。\n我省代表关注什么\n记者：优势在哪里？\n李选生：核心在于文化内涵。', { layout: 'web' })
    expect(r.entries.map((e) => [e.headline, e.speaker?.name, e.paragraphs.length])).toEqual([['我省代表关注什么', '李选生', 2]])
    expect(r.intro).toEqual(['开头一段。'])
  })
  it('should keep a speaker\'s repeated label and the sentence introducing her in one entry', () => {
    const r = splitPaste('开头一段。\n蒋胜男说，她的建议来自读者。\n全国人大代表 蒋胜男\n一开始就是读者建议。\n全国人大代表 蒋胜男\n我觉得很震撼。', { layout: 'web' })
    expect(r.entries.map((e) => [e.speaker?.name, e.paragraphs])).toEqual([['蒋胜男', ['蒋胜男说，她的建议来自读者。', '一开始就是读者建议。', '我觉得很震撼。']]])
    // the repeated line leaves the text as a repair: nothing is lost
    expect(r.repairs.some((x) => x.kind === 'speaker-line' && x.before === '全国人大代表 蒋胜男')).toBe(true)
  })
  it('should put a caption naming the speaker into that speaker\'s entry', () => {
    const r = splitPaste('开头一段。\n\n图为全国人大代表蒙兰凤在会上。\n\n全国人大代表蒙兰凤说：“报告很好。”')
    expect(r.entries[0]?.paragraphs[0]).toBe('图为全国人大代表蒙兰凤在会上。')
  })
  it('should never take a 来源 line as a speaker label', () =>
    expect(splitPaste('来源：香格里拉网 作者：洛桑\n代表沈国昌说：“好。”').entries.map((e) => e.speaker?.name)).toEqual(['沈国昌']))
  it('should keep a paragraph naming titled people together out of the entry before it', () => {
    const r = splitPaste('全国人大代表王晓红表示，要多出作品。\n今天，全国人大代表李书福和肖伟还分别回答了提问。')
    expect([r.entries.map((e) => e.paragraphs.length), r.outro.length]).toEqual([[1], 1])
  })
  it('should read the dateline byline and the photo credit of a caption glued to the attribution line', () => {
    const r = splitPaste('全國政協委員黃錦輝（中評社 盧哲攝） 中評社北京3月6日電（記者 盧哲）會議開放。全國政協委員黃錦輝發言表示，建議研究。')
    expect(r.entries.map((e) => e.reporters)).toEqual([[{ name: '盧哲', role: '記者' }, { name: '盧哲', role: '攝影' }]])
  })
  it('should print a speaker\'s titles with full-width parentheses beside Chinese', () => {
    const r = splitPaste('开头一段。\n\n全国政协委员、上海紫江(集团)有限公司董事长沈雯则指出，要减税。')
    expect(r.entries[0]?.speaker).toEqual({ name: '沈雯', titles: ['全国政协委员', '上海紫江（集团）有限公司董事长'] })
  })
  it('should make a subhead right above an attribution that entry\'s headline, and leave other subheads where they fall', () => {
    const r = splitPaste('开头一段。\n做足功课有备而来\n记者来到会场。\n提前来京拜访院士取经\n全国政协委员梁留科说：“好。”', { layout: 'web' })
    expect(r.intro).toEqual(['开头一段。', '做足功课有备而来', '记者来到会场。'])
    expect(r.entries.map((e) => [e.headline, e.speaker?.name])).toEqual([['提前来京拜访院士取经', '梁留科']])
  })
})
