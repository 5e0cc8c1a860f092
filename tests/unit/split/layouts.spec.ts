import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitPaste } from '../../../src/split/index'
import { OWN_FIXTURES } from './expectSplit'

// One behaviour per layout of issue 4 (the full field-by-field check is in fixtures.spec.ts).

const split = (name: string) => {
  const input = fs.readFileSync(path.join(OWN_FIXTURES, `${name}.txt`), 'utf8')
  return { input, out: splitPaste(input) }
}

describe('layouts', () => {
  it('1: should recognise title, headlines and speaker lines by shape without markers', () => {
    const { out } = split('layout01-no-markers')
    expect(out.title).toBe('市州委书记谈高质量发展')
    expect(out.entries.map((e) => [e.headline, e.speaker?.name])).toEqual([['推动生态保护和高质量发展', '王明远'], ['奋力打造绿色发展新高地', '陈立新']])
  })
  it('2: should read a web page: CRLF, U+3000 indents, source lines as outro, widgets dropped as repairs', () => {
    const { out } = split('layout02-web-page')
    expect(out.outro).toEqual(['来源：青海日报', '责任编辑：马小燕'])
    expect(out.repairs.filter((r) => r.kind === 'noise').map((r) => r.before)).toContain('放大 缩小')
    expect(out.entries[0]?.paragraphs[0]?.startsWith('今年')).toBe(true)
  })
  it('3: should join e-paper hard wraps across a page header and jump lines', () => {
    const { out } = split('layout03-epaper')
    expect(out.entries[0]?.paragraphs).toEqual([expect.stringContaining('人均可支配收入增长百分之八以上。')])
    expect(out.repairs.filter((r) => r.kind === 'page-header')).toHaveLength(2)
  })
  it('4: should find names with no space, compound surnames, Tibetan names and middle dots, and warn when undecidable', () => {
    const { out } = split('layout04-speaker-no-space')
    expect(out.entries.map((e) => e.speaker?.name)).toEqual(['才让多杰', '欧阳春明', '诸葛文华', '马·阿不都', '索南达杰', '司马红', ''])
    expect(out.warnings.map((w) => w.kind)).toEqual(['speaker-name'])
  })
  it('5: should start entries at inline attributions and give the 本报讯 byline to each', () => {
    const { out } = split('layout05-inline')
    expect(out.entries.map((e) => [e.speaker?.name, e.paragraphs.length, e.reporters[0]?.name])).toEqual([['赵明', 2, '韩雪'], ['李文华', 1, '韩雪']])
    expect(out.outro).toHaveLength(1)
  })
  it('6: should keep Q&A labels as paragraphs', () => {
    const { out } = split('layout06-qa')
    expect(out.entries[0]?.paragraphs.map((p) => p.slice(0, 3))).toEqual(['记者：', '张立军', '记者：', '张立军'])
  })
  it('7: should read several reporters and roles, 摄 as 摄影, and a closing byline for entries without their own', () => {
    const { out } = split('layout07-bylines')
    expect(out.entries.map((e) => e.reporters.map((r) => `${r.role}:${r.name}`).join(' '))).toEqual([
      '记者:王海 记者:李娜 通讯员:张晓', '摄影:陈晨', '记者:周明 记者:马骏',
    ])
  })
  it('8: should keep traditional script as printed', () => {
    const { out } = split('layout08-traditional')
    expect(out.title).toBe('縣區委書記談政府工作報告')
    expect(out.entries[0]?.reporters).toEqual([{ name: '樊娅楠', role: '記者' }])
  })
  it('9: should break paragraphs after 。 and join inside a sentence with no space', () => {
    const { out } = split('layout09-breaks')
    expect(out.entries[0]?.paragraphs).toHaveLength(3)
    expect(out.entries[0]?.paragraphs[0]).toContain('指明了方向。')
  })
  it('10: should remove and report BOM, zero-width characters, NBSP, **bold** and # markers', () => {
    const { out } = split('layout10-invisible')
    expect(new Set(out.repairs.map((r) => r.kind))).toEqual(new Set(['whitespace', 'marker', 'invisible', 'speaker-line', 'punctuation', 'byline']))
    expect(out.entries[0]?.paragraphs.join('')).not.toMatch(/[\u200b-\u200d\u2060\ufeff*]/)
  })
  it('11: should keep reduplications across a break, drop a doubled character once, and warn when unsure', () => {
    const { out } = split('layout11-doubled')
    expect(out.entries[0]?.paragraphs).toEqual([
      '我们要扎扎实实推进各项民生工程，党员干部要常常深入基层，倾听群众呼声。',
      '湟源县将深入学习贯彻党的二十大精神，在推动全省高质量发展展现新作为。',
    ])
    expect(out.warnings.map((w) => w.kind)).toEqual(['doubled-char'])
  })
  it('12: should split a single statement with no title and keep Latin and number runs half-width', () => {
    const { out } = split('layout12-single')
    expect(out.title).toBeNull()
    expect(out.entries).toHaveLength(1)
    expect(out.entries[0]?.paragraphs[0]).toContain('上午10:30，记者')
    expect(out.entries[0]?.paragraphs[0]).toContain('5G基站')
    expect(out.entries[0]?.paragraphs[0]).toContain('PM2.5平均浓度持续下降（优良天数比例达到98.6%）；')
  })
})
