import { describe, expect, it } from 'vitest'
import { linesOf, newReport } from './passes.helpers'
import { splitPaste } from '../../../src/split/index'

const kind = (s: string) => linesOf(s)[0]?.kind

describe('classifyLine', () => {
  it('should see a heading, a speaker line, a short line and body', () => {
    expect(kind('# 标题')).toBe('heading')
    expect(kind('省人大代表、大通县委书记 刘波')).toBe('speaker')
    expect(kind('加快建设中央活力区')).toBe('short')
    expect(kind('政府工作报告通篇贯穿新发展理念，是好报告。')).toBe('body')
  })
  it('should see bylines, page headers, jump lines, widgets and source lines', () => {
    expect(kind('（记者 王海 通讯员 张晓）')).toBe('byline')
    expect(kind('本报记者 周明 马骏')).toBe('byline')
    expect(kind('2024年1月20日 星期六 青海日报 第3版')).toBe('header')
    expect(kind('（下转第2版）')).toBe('jump')
    expect(kind('【字体：大 中 小】')).toBe('noise')
    expect(kind('来源：青海日报')).toBe('source')
  })
  it('should drop a bare video-script label (现场声：, 同期声) as a label repair', () => {
    const report = newReport()
    expect(linesOf('现场声：', report)[0]?.kind).toBe('noise')
    expect(report.repairs.map((r) => [r.kind, r.before])).toEqual([['label', '现场声：']])
    expect(linesOf('同期声 全国人大代表 刘波')[0]?.src.text).toBe('全国人大代表 刘波')
  })
  it('should take a trailing byline off a body line and report it', () => {
    const report = newReport()
    const s = '生态。(记者 樊娅楠)'
    const [line] = linesOf(s, report)
    expect(line?.src.text).toBe('生态。')
    expect(line?.reporters).toEqual([{ name: '樊娅楠', role: '记者' }])
    expect(report.repairs).toEqual([{ kind: 'byline', offset: 3, end: 11, before: '(记者 樊娅楠)', after: '' }])
  })
  it('should take jump marks off the edges of a body line', () => {
    const [line] = linesOf('（上接第1版）增长百分之八，（下转第2版）')
    expect(line?.src.text).toBe('增长百分之八，')
  })
  it('should keep a Q&A label line as body, not a byline', () => {
    expect(kind('记者：今年有哪些新打算？')).toBe('body')
  })
})

describe('label lines (issue 13, round 4)', () => {
  it('should read titles and name alone on a line before a colon as a speaker line, the answer on the next line', () => {
    const r = splitPaste('八位代表接受采访时表示，两会与百姓息息相关。\n全国人大代表卓长立:\n两会和我们老百姓息息相关。\n全国人大代表王娟:\n今年我加大了研究。\n', { layout: 'web' })
    expect(r.entries.map((e) => [e.speaker, e.paragraphs])).toEqual([
      [{ name: '卓长立', titles: ['全国人大代表'] }, ['两会和我们老百姓息息相关。']],
      [{ name: '王娟', titles: ['全国人大代表'] }, ['今年我加大了研究。']],
    ])
  })
  it('should leave a bare role label on its own line (记者：) to the Q&A rules', () => {
    const r = splitPaste('记者：\n您关注什么？\n', { layout: 'web' })
    expect(r.entries).toEqual([])
  })
})
