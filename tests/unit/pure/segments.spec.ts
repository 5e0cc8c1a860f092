import { describe, expect, it } from 'vitest'

import { buildSegments } from '../../../src/import/admin/segments'

const repair = (offset: number, before: string, after = '') => ({ kind: 'join' as const, offset, end: offset + before.length, before, after })

describe('buildSegments', () => {
  it('should cut the text at a repair and keep everything in order', () => {
    const segments = buildSegments('甲乙丙丁', [repair(1, '乙丙')], [])
    expect(segments.map((s) => [s.type, s.text])).toEqual([['text', '甲'], ['repair', '乙丙'], ['text', '丁']])
  })

  it('should span a warning over the quoted characters it names', () => {
    const segments = buildSegments('代表恒恒说', [], [{ kind: 'doubled-char' as const, offset: 2, end: 4, message: '“恒恒”可能多印了一个字' }])
    expect(segments.map((s) => [s.type, s.text])).toEqual([['text', '代表'], ['warning', '恒恒'], ['text', '说']])
  })

  it('should give a warning that quotes nothing a zero-width segment, so it still shows', () => {
    const segments = buildSegments('全文', [], [{ kind: 'no-speaker' as const, offset: 0, end: 0, message: '没有找到发言人' }])
    expect(segments[0]).toMatchObject({ type: 'warning', text: '' })
  })

  it('should clip overlapping spans to the text not yet shown, losing no character', () => {
    const text = '一二三四五'
    const segments = buildSegments(text, [repair(0, '一二三'), repair(2, '三四')], [])
    expect(segments.map((s) => s.text).join('')).toBe(text)
    expect(segments[1]).toMatchObject({ type: 'repair', text: '四', index: 1 })
  })

  it('should clip a span past the end of the text', () => {
    expect(buildSegments('短', [repair(0, '短文')], []).map((s) => s.text)).toEqual(['短'])
  })
})
