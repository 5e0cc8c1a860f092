import { describe, expect, it } from 'vitest'
import { parseByline, parseBylineLine, parsePhotoCredit, trailingByline, trailingBylineAt } from '../../../src/split/parseByline'

describe('parseByline', () => {
  it('should give one reporter per name with the role before it', () => {
    expect(parseByline('记者 王海 李娜 通讯员 张晓')).toEqual([
      { name: '王海', role: '记者' }, { name: '李娜', role: '记者' }, { name: '张晓', role: '通讯员' },
    ])
  })
  it('should read 摄 as role 摄影 and drop a leading 本报', () => {
    expect(parseBylineLine('（记者 陈晨 摄）')).toEqual([{ name: '陈晨', role: '摄影' }])
    expect(parseBylineLine('本报记者 周明')).toEqual([{ name: '周明', role: '记者' }])
  })
  it('should keep a rank before the role and drop the publication before it', () => {
    expect(parseBylineLine('特派记者 潘高峰')).toEqual([{ name: '潘高峰', role: '特派记者' }])
    expect(parseBylineLine('三峡小记者 谭林颜')).toEqual([{ name: '谭林颜', role: '小记者' }])
    expect(parseBylineLine('星辰全媒体记者 木木')).toEqual([{ name: '木木', role: '记者' }])
  })
  it('should keep a traditional role as printed', () => {
    expect(parseBylineLine('(記者 樊娅楠)')).toEqual([{ name: '樊娅楠', role: '記者' }])
  })
  it('should refuse Q&A labels and prose', () => {
    expect(parseBylineLine('记者：今年有什么打算？')).toBeNull()
    expect(parseBylineLine('（优良天数比例达到98%）')).toBeNull()
  })
  it('should find a byline closing a line', () => {
    expect(trailingBylineAt('生态。(记者 樊娅楠)')).toBe(3)
    expect(trailingBylineAt('河(湖)')).toBe(-1)
  })
  it('should read a bare name in brackets after the last sentence as a reporter', () => {
    expect(trailingByline('鞠了一个躬。(黄欢)', 6)).toEqual([{ name: '黄欢', role: '记者' }])
    // not after a sentence still running, not a word that is no name
    expect(trailingBylineAt('来自湖北的代表(黄欢)')).toBe(-1)
    expect(trailingBylineAt('他说。（完）')).toBe(-1)
  })
})

describe('parsePhotoCredit', () => {
  it('should read the photographer of a caption credit, the agency before the name dropped', () => {
    expect(parsePhotoCredit('中評社 盧哲攝')).toEqual([{ name: '盧哲', role: '攝影' }])
    expect(parsePhotoCredit('新华社记者 李明 摄')).toEqual([{ name: '李明', role: '摄影' }])
  })
  it('should not read prose ending in 摄 as a credit', () => {
    expect(parsePhotoCredit('这张照片是在会场拍摄')).toBeNull()
  })
})
