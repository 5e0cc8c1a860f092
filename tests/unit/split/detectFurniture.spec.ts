import { describe, expect, it } from 'vitest'
import { detectFurniture, jumpEdges } from '../../../src/split/detectFurniture'

describe('detectFurniture', () => {
  it('should find widgets, page headers, jump lines and source lines', () => {
    expect(detectFurniture('【字体：大 中 小】  打印  关闭窗口')).toBe('noise')
    expect(detectFurniture('放大 缩小')).toBe('noise')
    expect(detectFurniture('上一篇：省政协委员热议生态保护')).toBe('noise')
    expect(detectFurniture('首页 > 要闻 > 正文')).toBe('chrome')
    expect(detectFurniture('欢迎访问青海新闻网！')).toBe('chrome')
    expect(detectFurniture('【代表委员面对面】')).toBe('chrome')
    expect(detectFurniture('2024年1月20日 星期六 青海日报 第3版')).toBe('header')
    expect(detectFurniture('(上接第1版)')).toBe('jump')
    expect(detectFurniture('责任编辑：马小燕')).toBe('source')
  })
  it('should leave prose alone', () => {
    expect(detectFurniture('大通县将做好山水文章。')).toBeNull()
    expect(detectFurniture('中')).toBeNull()
  })
  it('should measure jump marks at the edges of a line', () => {
    expect(jumpEdges('（上接第1版）增长。（下转第2版）')).toEqual({ head: 7, tail: 7 })
  })
})
