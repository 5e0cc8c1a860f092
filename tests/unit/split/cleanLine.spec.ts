import { describe, expect, it } from 'vitest'
import { cleanLine } from '../../../src/split/cleanLine'
import { originAt } from '../../../src/split/sourceText'
import { newReport } from './passes.helpers'

const clean = (s: string) => {
  const report = newReport()
  return { ...cleanLine(s, 0, s.length, report), report }
}

describe('cleanLine', () => {
  it('should drop U+3000 and NBSP indentation and report it', () => {
    const r = clean('\u3000\u3000正文\u00a0')
    expect(r.src.text).toBe('正文')
    expect(r.report.repairs.map((x) => x.before)).toEqual(['\u3000\u3000', '\u00a0'])
  })
  it('should drop a bullet opening the line as a marker', () => {
    const r = clean('☆荆州市人大代表曹泓说：')
    expect(r.src.text).toBe('荆州市人大代表曹泓说：')
    expect(r.report.repairs[0]).toMatchObject({ kind: 'marker', offset: 0, before: '☆' })
  })
  it('should read `## ` as a level-2 heading marker', () => {
    const r = clean('## 小标题')
    expect([r.src.text, r.level]).toEqual(['小标题', 2])
    expect(r.report.repairs[0]).toMatchObject({ kind: 'marker', offset: 0, before: '## ', after: '' })
  })
  it('should drop **bold** markers, BOM and zero-width characters with true offsets', () => {
    const s = '\ufeff**重点**工\u200b作'
    const r = clean(s)
    expect(r.src.text).toBe('重点工作')
    for (const x of r.report.repairs) expect(s.slice(x.offset, x.offset + x.before.length)).toBe(x.before)
    expect(originAt(r.src, 3)).toBe(s.indexOf('作'))
  })
  it('should drop control characters from a bad copy and report each as a control repair', () => {
    const s = '详见\u0007附件\u007f。'
    const r = clean(s)
    expect(r.src.text).toBe('详见附件。')
    expect(r.report.repairs).toEqual([
      { kind: 'control', offset: 2, end: 3, before: '\u0007', after: '' },
      { kind: 'control', offset: 5, end: 6, before: '\u007f', after: '' },
    ])
  })
  it('should keep inner spaces of a headline', () => {
    expect(clean('聚焦聚力 推动发展').src.text).toBe('聚焦聚力 推动发展')
  })
  it('should not take a #hashtag without a space as a marker', () => {
    expect(clean('#话题#').level).toBe(0)
  })
})
