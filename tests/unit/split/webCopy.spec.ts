import { describe, expect, it } from 'vitest'
import { decodeInput } from '../../../src/split/decodeInput'
import { findAttribution } from '../../../src/split/findInlineSpeaker'
import { NO_SPEAKER, splitPaste } from '../../../src/split/index'
import { parseByline, parseBylineLine } from '../../../src/split/parseByline'
import { readLayout } from '../../../src/split/readLayout'
import { newReport } from './passes.helpers'
import { sourceAt } from '../../../src/split/sourceText'
import { warnDoubled } from '../../../src/split/warnDoubled'

// Issue 13: web, app and e-paper copy; one behaviour per assertion.

const WEB = '标题一行\n正文第一段，讲了一件事情，说得很清楚。\n正文第二段，又讲了一件事情，也很清楚。\n正文第三段，再讲一件事情，非常清楚。\n'
const EPAPER = '门源县将立足高原特色农牧业资源优势，\n大力发展油菜、青稞等特色种植业，推动\n农牧业提质增效，今年将新建标准化养殖\n基地十处，力争全县农牧民人均可支配收\n'

describe('readLayout', () => {
  it('should read one paragraph per line as web copy', () => expect(readLayout(WEB)).toBe('web'))
  it('should read even hard-wrapped lines as an e-paper', () => expect(readLayout(EPAPER)).toBe('epaper'))
  it('should read even lines each followed by a blank line as print page breaks, not an e-paper', () =>
    expect(readLayout(EPAPER.replace(/\n/g, '\n\n'))).toBe('print'))
  it('should read web copy with an app share mark as app', () => expect(readLayout(`${WEB}来自新闻客户端\n`)).toBe('app'))
  it('should read one or two whole paragraphs closed by a credit as web copy', () =>
    expect(readLayout(`标题\n${'代表们认为，报告很实在，'.repeat(8)}大家很振奋。\n图为会场。新华社记者 王林 摄\n`)).toBe('web'))
  it('should not count short lines of verse ending with a comma against web copy', () =>
    expect(readLayout(`不变的是殷切的期盼，\n不变的是坚定的信心，\n${WEB}`)).toBe('web'))
  it('should report the layout and accept a forced one', () => expect(splitPaste(WEB, { layout: 'print' }).layout).toBe('print'))
})

describe('findAttribution', () => {
  const who = (s: string) => findAttribution(s)?.speaker
  it('should read titles, name and 表示 before a comma', () =>
    expect(who('全国人大代表、某县委书记张三表示，今年要抓项目。')).toEqual({ name: '张三', titles: ['全国人大代表', '某县委书记'] }))
  it('should drop 来自某地的 before the titles', () =>
    expect(who('来自青海的全国人大代表张三认为，要抓项目。')).toEqual({ name: '张三', titles: ['全国人大代表'] }))
  it('should read a quote-first attribution', () => expect(who('“我们有信心。”张三说。')).toEqual({ name: '张三', titles: [] }))
  it('should read a label with a space before the name', () =>
    expect(who('全国政协委员 赵刚：要把生态保护放在首位。')).toEqual({ name: '赵刚', titles: ['全国政协委员'] }))
  it('should read a name with a title after it', () => expect(who('王强代表：我们村今年要增收。')).toEqual({ name: '王强', titles: ['代表'] }))
  it('should read an interview label', () =>
    expect(who('张三（全国人大代表、某厂厂长）：我们要创新。')).toEqual({ name: '张三', titles: ['全国人大代表', '某厂厂长'] }))
  it('should read traditional 說：「', () => expect(who('立法委員陳明說：「要改革。」')).toEqual({ name: '陳明', titles: ['立法委員'] }))
  it('should read past an opening 本报讯 dateline', () => expect(who('本报讯（记者 韩雪）省人大代表、县委书记赵明建议，要抓项目。')?.name).toBe('赵明'))
  it('should not take a pronoun or a group as a speaker', () => expect(who('他说，今年要抓项目。') ?? who('代表们纷纷表示，要履职。')).toBeUndefined())
  it('should read a titled person introduced after an opening clause', () =>
    expect(who('一走上代表通道，全国人大代表、飞机总设计师杨伟就说起了新机型。')).toEqual({ name: '杨伟', titles: ['全国人大代表', '飞机总设计师'] }))
  it('should read a person introduced after a leading quote', () =>
    expect(who('“心里美滋滋的。”15日上午，全国人大代表骆云莲在朋友圈发了动态。')).toEqual({ name: '骆云莲', titles: ['全国人大代表'] }))
  it('should read a name with its title after it opening the paragraph', () =>
    expect(who('蒋洪委员还专门在小组发言，他说：“参政议政。”')).toEqual({ name: '蒋洪', titles: ['委员'] }))
  it('should take a name of two characters when the next one opens a verb', () =>
    expect(who('全國政協委員黃宏一走下大巴，就說：「好。」')?.name).toBe('黃宏'))
  it('should not take an official named in a report with no quote or speech verb', () =>
    expect(who('3月4日，县委副书记、县长秦昌政作政府工作报告。')).toBeUndefined())
  it('should keep titles printed before a comma', () =>
    expect(who('河北省委常委、副省長，雄安新區黨工委書記陳剛將情況濃縮為兩句話，他說：「好。」')?.titles).toEqual(['河北省委常委', '副省長', '雄安新區黨工委書記']))
  it('should read a name followed by an adverb (代表王云师十分关注)', () =>
    expect(who('在活动室里，代表们积极发言。代表王云师十分关注规划。他说：“好。”')).toEqual({ name: '王云师', titles: ['代表'] }))
  it('should read a speaker named after a closing quote with an adverb (激动地说)', () =>
    expect(who('喜悦写在脸上。“一定不负重托。”市人大代表韩兴阔激动地说。')).toEqual({ name: '韩兴阔', titles: ['市人大代表'] }))
  it('should not take two people named together as one speaker', () =>
    expect(who('全国政协委员周桐宇、沈雯都关注到投资下滑，建议改革。')).toBeUndefined())
  it('should drop a description ending in 的 before the titles', () =>
    expect(who('参加交流的广西发改委主任黄伟京表示，要抓项目。')).toEqual({ name: '黄伟京', titles: ['广西发改委主任'] }))
  it('should not read an adverb before the verb as part of the name (黃捷則說)', () =>
    expect(who('黃捷則說，立法院接下來要改革。')?.name).toBe('黃捷'))
  it('should keep a short aside in parentheses inside a title', () =>
    expect(who('全国政协委员、上海紫江（集团）有限公司董事长沈雯则指出，资金被取消。')?.titles).toEqual(['全国政协委员', '上海紫江（集团）有限公司董事长']))
  it('should read titles after a preposition (在…的房间)', () =>
    expect(who('在全国政协委员、河南农业大学副校长张全国的房间，他说：「好。」')?.name).toBe('张全国'))
  it('should not take people in general as titles (许多委员都…)', () =>
    expect(who('对于他的感受，许多委员都有共鸣，纷纷表示：“是的。”')).toBeUndefined())
  it('should read past a short quoted term in the opening clause (新“國會”明日啟動，吳沛憶表示，)', () =>
    expect(who('新“國會”明日啟動，吳沛憶表示，要改革。')?.name).toBe('吳沛憶'))
  it('should read a name printed between a title and a title after it, surname or not (书记其德代表)', () =>
    expect(who('在回答问题时，西藏某村党支部书记其德代表讲起了“一口锅”的故事。')).toEqual({ name: '其德', titles: ['西藏某村党支部书记', '代表'] }))
  it('should read titles after a verb of the clause (记者先来到全国人大代表…)', () =>
    expect(who('下午，记者先来到全国人大代表郑雪君的驻地房间。“今年我准备了26件建议。”郑雪君告诉记者。')).toEqual({ name: '郑雪君', titles: ['全国人大代表'] }))
  it('should read 和 inside a three-character name (徐和谊)', () =>
    expect(who('全国政协委员徐和谊是北汽集团董事长，他表示，要发展实体经济。')?.name).toBe('徐和谊'))
  it('should read a writer or scholar as a title (散文家, 文学家)', () =>
    expect(who('回忆起这句顺口溜，中国政协委员、散文家赵丽宏感到有点无奈。“说了也白说。”')?.titles).toEqual(['中国政协委员', '散文家']))
  it('should not take two titled people in one sentence as one speaker', () =>
    expect(who('3月3日，政协委员吕爱辉女士在北京与人大代表、村党委书记武继军就“联姻”问题交谈。')).toBeUndefined())
  it('should read a person described by her role, then named, with no titles (身為“立院”學姐賴品妤認為)', () =>
    expect(findAttribution('雖然落選，但身為“立院”學姐賴品妤認為，還是要靠論述。')).toEqual({ speaker: { name: '賴品妤', titles: [] }, form: 'verb', personVerb: true }))
  it('should read the owner of a leading quote named right after it (”刘永好的话题…)', () =>
    expect(who('“我们计划五年培养十万个技术人员。”刘永好的话题离不开农业。')).toEqual({ name: '刘永好', titles: [] }))
  it('should not take a paragraph listing titled members without a full stop for one speaker\'s', () =>
    expect(who('于是我们了解到，全国政协委员、北航原校长沈士团曾提案建议增加经费；全国政协委员、上海财经大学博导蒋洪连续5年提案呼吁阳光财政……')).toBeUndefined())
  it('should not take a title word or a clause as a name', () =>
    expect(who('会上，河北省委常委高度评价。') ?? who('各位人大代表和政协委员纷纷表示，要履职。')).toBeUndefined())
})

describe('bylines in web copy', () => {
  it('should join a two-character name printed with a space and drop the publication', () =>
    expect(parseBylineLine('（青海日报记者 王 林）')).toEqual([{ name: '王林', role: '记者' }]))
  it('should read roles with colons', () =>
    expect(parseByline('記者:陳明 編輯:黃麗')).toEqual([{ name: '陳明', role: '記者' }, { name: '黃麗', role: '編輯' }]))
  it('should keep the role of an 整理 byline', () => expect(parseByline('记者 李华 整理')).toEqual([{ name: '李华', role: '记者' }]))
  it('should give 摄影 to a caption credit with a publication', () => expect(parseBylineLine('某某网记者 李明 摄')).toEqual([{ name: '李明', role: '摄影' }]))
  it('should never take running prose as a byline', () => expect(parseByline('記者走進車間')).toBeNull())
})

describe('web pastes', () => {
  it('should keep a —— subtitle line apart from the headline above it and the body below it', () =>
    expect(splitPaste('页面标题一行\n是什么，让他们这般坚定\n——记者一线采访见闻有感\n又是一个美好的春天。\n', { layout: 'web' }).intro)
      .toEqual(['是什么，让他们这般坚定', '——记者一线采访见闻有感', '又是一个美好的春天。']))
  it('should warn when no speaker is found, with the message the import screen shows', () =>
    expect(splitPaste('今天天气很好。').warnings.map((w) => w.message)).toEqual([NO_SPEAKER]))
  it('should give each entry spans that point at its paragraphs in the paste', () => {
    const paste = '省人大代表、县委书记赵明说：“好。”\n\n“行。”'
    const e = splitPaste(paste).entries[0]
    expect(e?.paragraphSpans.map((s) => paste.slice(s.start, s.end))).toEqual(e?.paragraphs)
  })
  it('should not glue a short caption line to the body in web copy', () =>
    expect(splitPaste(`${WEB}图为会议现场\n正文第四段，讲最后一件事情，很清楚。`).intro).toContain('图为会议现场'))
  it('should warn on a doubled character closing an idiom but not on 满满, 代表表示 or a name', () => {
    const report = newReport()
    warnDoubled(sourceAt(0, '锲而不舍舍，满满的，代表表示，李娟娟说'), report)
    expect(report.warnings.map((w) => w.offset)).toEqual([4])
  })
})

describe('decodeInput encodings', () => {
  it('should read UTF-16 LE with a BOM', () =>
    expect(decodeInput(Uint8Array.from([0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65]))).toMatchObject({ ok: true, text: '\ufeff中文', encoding: 'utf-16le' }))
  it('should read UTF-16 BE with a BOM', () =>
    expect(decodeInput(Uint8Array.from([0xfe, 0xff, 0x4e, 0x2d, 0x65, 0x87]))).toMatchObject({ ok: true, text: '\ufeff中文', encoding: 'utf-16be' }))
  it('should read Big5', () => {
    // 代表說 in Big5
    expect(decodeInput(Uint8Array.from([0xa5, 0x4e, 0xaa, 0xed, 0xbb, 0xa1]))).toMatchObject({ ok: true, text: '代表說', encoding: 'big5' })
  })
  it('should name the encoding it guessed when it cannot read the bytes', () => {
    const d = decodeInput(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20]))
    expect(d.ok ? '' : d.message).toMatch(/GB18030|Big5/)
  })
})

describe('web lines', () => {
  it('should drop a column name above a headline with a colon and take the headline as the title', () => {
    const r = splitPaste(`媒体关注\n中国新闻网：【两会声音】蒋胜男代表：建议来自大家\n来源：中新网\n${WEB}`, { layout: 'web' })
    expect([r.title, r.repairs.some((x) => x.kind === 'chrome' && x.before === '媒体关注')]).toEqual(['中国新闻网：【两会声音】蒋胜男代表：建议来自大家', true])
  })
  it('should drop a copy of the title followed by a widget word as chrome', () => {
    const r = splitPaste('张泉灵：姚明在人民大会堂方便伸腿\n正文第一段，讲了一件事情，说得很清楚。\n张泉灵：姚明在人民大会堂方便伸腿收起\n正文第二段，又讲了一件事情，也很清楚。\n', { layout: 'web' })
    expect([r.title, r.intro.length, r.repairs.filter((x) => x.kind === 'chrome').length]).toEqual(['张泉灵：姚明在人民大会堂方便伸腿', 2, 1])
  })
  it('should take a headline with a colon opening web copy as the title', () =>
    expect(splitPaste(`记者探营：代表们“宅”在驻地忙“建议”\n${WEB}`).title).toBe('记者探营：代表们“宅”在驻地忙“建议”'))
  it('should keep a short line ending with a comma as its own paragraph', () =>
    expect(splitPaste(`${WEB}不变的是殷切的期盼，\n不变的是坚定的信心。\n`, { layout: 'web' }).intro.slice(-2)).toEqual(['不变的是殷切的期盼，', '不变的是坚定的信心。']))
  it('should join a keyword link broken out of a sentence', () =>
    expect(splitPaste(`${WEB}他问我，你是哪个\n人大代表\n的家属？\n`, { layout: 'web' }).intro.at(-1)).toBe('他问我，你是哪个人大代表的家属？'))
  it('should keep a line closed by a bracket as its own paragraph', () =>
    expect(splitPaste(`${WEB}（原标题：代表讲述故事，展现西藏）\n“以前去一趟林芝要走一个星期。”\n`, { layout: 'web' }).intro).toContain('（原标题：代表讲述故事，展现西藏）'))
  it('should not join two lines across a line of chrome', () =>
    expect(splitPaste(`${WEB}图为会场，代表们在讨论 新华社发 王林 摄\n|\n图为会场，代表们在讨论，新华社发 王林 摄\n`, { layout: 'web' }).intro.slice(-2)).toHaveLength(2))
  it('should give the byline of a meta line to every entry and keep the line whole', () => {
    const out = splitPaste('《北京周报》记者 兰辛珍  ·  2016-03-08  ·  来源：北京周报网\n全国人大代表、北京市市长张明表示，今年要做好三件事情，大家都很关注。\n')
    expect(out.intro[0]).toContain('兰辛珍')
    expect(out.entries[0]?.reporters).toEqual([{ name: '兰辛珍', role: '记者' }])
  })
  it('should drop a browser-title copy of the headline as chrome and take the headline as title', () => {
    const out = splitPaste(`議員中缺乏「法律顧問」 - Plataforma Media\n議員中缺乏「法律顧問」\n${WEB}`)
    expect(out.title).toBe('議員中缺乏「法律顧問」')
    expect(out.repairs.filter((r) => r.kind === 'chrome').map((r) => r.before)).toEqual(['議員中缺乏「法律顧問」 - Plataforma Media'])
  })
  it('should take a long headline as the title when a meta line follows it', () =>
    expect(splitPaste(`喜迎十八大两新青海：黄南篇——访我省十八大代表，省政协副主席、黄南藏族自治州州委书记李选生\n来源：西海都市报\n${WEB}`, { layout: 'web' }).title).toContain('李选生'))
  it('should read a name alone opening the piece as its author, role 记者', () => {
    const out = splitPaste(`阮敬晨\n${WEB.slice(5)}全国人大代表、某县县长张明表示，今年要做好三件事情。\n`)
    expect(out.title).toBeNull()
    expect(out.entries[0]?.reporters).toEqual([{ name: '阮敬晨', role: '记者' }])
  })
  it('should read a name alone above a paragraph where that name speaks as the speaker line, not a byline', () => {
    const out = splitPaste('欧阳\n\n欧阳说：“今年要做好三件事情。”')
    expect(out.entries[0]?.speaker?.name).toBe('欧阳')
    expect(out.entries[0]?.reporters).toEqual([])
  })
  it('should read a month and day alone as a meta line, not a title', () =>
    expect(splitPaste(`3月11日\n全国两会顺利闭幕\n${WEB}`).title).toBeNull())
})
