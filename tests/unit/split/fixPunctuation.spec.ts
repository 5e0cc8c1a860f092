import { describe, expect, it } from 'vitest'
import { fixPunctuation, fullWidthMarks } from '../../../src/split/fixPunctuation'
import { sourceAt } from '../../../src/split/sourceText'
import { newReport } from './passes.helpers'

const fix = (s: string) => {
  const report = newReport()
  return { text: fixPunctuation(sourceAt(10, s), report), report }
}

describe('fixPunctuation', () => {
  it('should make , ; : ! ? next to Chinese full-width, one repair each at the true offset', () => {
    const r = fix('发展,推动;他说:好!行?')
    expect(r.text).toBe('发展，推动；他说：好！行？')
    expect(r.report.repairs[0]).toEqual({ kind: 'punctuation', offset: 12, end: 13, before: ',', after: '，' })
    expect(r.report.repairs).toHaveLength(5)
  })
  it('should keep Latin and number runs half-width', () => {
    expect(fix('上午10:30开会,5G和PM2.5达到5.2%').text).toBe('上午10:30开会，5G和PM2.5达到5.2%')
  })
  it('should convert parentheses as a matched pair', () => {
    expect(fix('河(湖)长制').text).toBe('河（湖）长制')
    expect(fix('物(PM2.5)').text).toBe('物（PM2.5）')
    expect(fix('f(x) = 1').text).toBe('f(x) = 1')
  })
})

describe('fullWidthMarks', () => {
  it('should make the parentheses of a title full-width, as in the paragraph it was taken from', () => {
    expect(fullWidthMarks('上海紫江(集团)有限公司董事长')).toBe('上海紫江（集团）有限公司董事长')
    expect(fullWidthMarks('CEO (China)')).toBe('CEO (China)')
  })
})
