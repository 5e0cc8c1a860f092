import { describe, expect, it } from 'vitest'

import { toPinyinSlug } from '../../../src/utilities/toPinyinSlug'

describe('toPinyinSlug', () => {
  it('should spell Chinese in toneless pinyin, a syllable a word', () => {
    expect(toPinyinSlug('县区委书记谈政府工作报告')).toBe('xian-qu-wei-shu-ji-tan-zheng-fu-gong-zuo-bao-gao')
  })

  it('should keep Latin letters and digits and drop punctuation', () => {
    expect(toPinyinSlug('2026年GDP增长：5%')).toBe('2026-nian-gdp-zeng-zhang-5')
  })

  it('should fold full-width letters and digits first', () => {
    expect(toPinyinSlug('ＡＢＣ１２３')).toBe('abc123')
  })

  it('should cut at 80 characters without leaving a trailing hyphen', () => {
    const slug = toPinyinSlug('政府工作报告'.repeat(20))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
  })

  it('should give an empty slug for text with nothing to spell', () => {
    expect(toPinyinSlug('——！')).toBe('')
  })
})
