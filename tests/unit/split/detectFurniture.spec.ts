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
  it('should drop link trails, menu bars, counters, page bars and player lines as chrome', () => {
    expect(detectFurniture('文汇首页 > 即时新闻 > 即时中国 > 正文')).toBe('chrome')
    expect(detectFurniture('> 资源库栏目 > 政府门户网站 > 今日龙湾')).toBe('chrome')
    expect(detectFurniture('央視網|中國網絡電視臺|網站地圖')).toBe('chrome')
    expect(detectFurniture('- +1')).toBe('chrome')
    expect(detectFurniture('发表评论 _COUNT_条')).toBe('chrome')
    expect(detectFurniture('不支持Flash')).toBe('chrome')
    expect(detectFurniture('爱问(iAsk.com)')).toBe('chrome')
    expect(detectFurniture('更多 今日話題')).toBe('chrome')
    expect(detectFurniture('更多代表委员谈到，要把建议落到实处。')).toBeNull()
    expect(detectFurniture('【 第1頁 第2頁 第3頁 第4頁 】')).toBe('chrome')
    expect(detectFurniture('現場圖：姚明參會在人民大會堂“靠邊坐”')).toBe('chrome')
    expect(detectFurniture('】 【打 印】')).toBe('noise')
  })
  it('should read a site or author with the time of publication as a source line', () => {
    expect(detectFurniture('温州网 2017-03-05 09:33:00')).toBe('source')
    expect(detectFurniture('http://news.wenweipo.com   [2015-03-03]')).toBe('source')
  })
  it('should drop page code, broken HTML comments and a language menu behind a site name', () => {
    expect(detectFurniture('channelId 1 1 1')).toBe('chrome')
    expect(detectFurniture('壟!-- /8962/web_cntv/dicengye_huazhonghua01 -->')).toBe('chrome')
    expect(detectFurniture('中国国家英文新闻周刊日本語 Deutsch Français English 中 文')).toBe('chrome')
  })
  it('should read dated web meta lines as source lines, not page headers', () => {
    expect(detectFurniture('2020-1-20 9:54:20 三峡都市报')).toBe('source')
    expect(detectFurniture('2018-03-03 中国工商报')).toBe('source')
    expect(detectFurniture('标签：十二届全国人大四次会议；代表')).toBe('source')
    expect(detectFurniture('央视国际 www.cctv.com  2007年03月10日 22:33 来源：CCTV.com')).toBe('source')
  })
  it('should keep a headline with one bar and an ellipsis line', () => {
    expect(detectFurniture('两会现场 | 提案中的责任和期待')).toBeNull()
    expect(detectFurniture('……')).toBeNull()
  })
  it('should leave prose alone', () => {
    expect(detectFurniture('大通县将做好山水文章。')).toBeNull()
    expect(detectFurniture('中')).toBeNull()
  })
  it('should measure jump marks at the edges of a line', () => {
    expect(jumpEdges('（上接第1版）增长。（下转第2版）')).toEqual({ head: 7, tail: 7 })
  })
  it('should read a QR-code invitation as chrome', () => {
    expect(detectFurniture('掃描二維碼訪問中評網移動版 】 【打 印掃描二維碼訪問中評社微信')).toBe('chrome')
    expect(detectFurniture('扫码关注我们，了解更多。')).toBeNull()
  })
})

describe('meta labels printed with a space (issue 13, round 4)', () => {
  it('should read 编 辑: and 责 编: as meta lines, not bylines', () => {
    expect(['编 辑: 张学文', '责 编: 张学文'].map(detectFurniture)).toEqual(['source', 'source'])
  })
  it('should not read any two characters with a space before a colon as a meta label', () =>
    expect(detectFurniture('我 说: 好')).toBeNull())
})

describe('e-paper site chrome (issue 13, round 4)', () => {
  it('should read the viewer controls and the site logo line as chrome', () =>
    expect(['通版阅读请点击:', '展开通版', '当前版:02版', '浙江日报 数字报纸'].map(detectFurniture)).toEqual(['chrome', 'chrome', 'chrome', 'chrome']))
  it('should not read a headline that mentions a paper as chrome', () =>
    expect(detectFurniture('日报记者走进数字报纸编辑部')).toBeNull())
})
