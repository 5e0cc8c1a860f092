import { describe, expect, it } from 'vitest'
import { assignRoles } from '../../../src/split/assignRoles'
import { splitPaste } from '../../../src/split/index'
import { linesOf } from './passes.helpers'

const roles = (s: string) => assignRoles(linesOf(s)).filter((r) => r !== null)

describe('assignRoles', () => {
  it('should make the first short line the title and a short line before a speaker a headline', () => {
    expect(roles('县区委书记谈报告\n\n加快建设中央活力区\n\n省人大代表、城中区委书记 刘强峰\n\n正文。')).toEqual(['title', 'headline', 'body'])
  })
  it('should read # as title and ## as headline', () => {
    expect(roles('# 标题\n## 小标题\n正文。')).toEqual(['title', 'headline', 'body'])
  })
  it('should keep a short wrapped line inside body as body', () => {
    expect(roles('第一行文字很长，没有结束\n第二行没有标点\n第三行。')).toEqual(['body', 'body', 'body'])
  })
})

describe('kickers and e-paper viewer chrome (issue 13, round 4)', () => {
  const EPAPER = '通版阅读请点击:\n展开通版\n收缩通版\n当前版:02版\n出席区政协十五届三次会议的300余名政协委员陆续报到\n肩负重托赴盛会 怀揣良策话发展\n  本报讯 (记者 向昕 姜婷) 律回春渐，新元肇启。\n“开州的变化日新月异。”区政协委员何凌剑说，他很振奋。\n'
  it('should take a couplet main title under its kicker as the title, the kicker as an intro paragraph', () => {
    const r = splitPaste(EPAPER)
    expect([r.title, r.intro[0]]).toEqual(['肩负重托赴盛会 怀揣良策话发展', '出席区政协十五届三次会议的300余名政协委员陆续报到'])
  })
  it('should drop the e-paper viewer controls (通版阅读请点击, 展开通版, 当前版:02版) from the text', () =>
    expect(splitPaste(EPAPER).intro.some((p) => p.includes('通版') || p.includes('当前版'))).toBe(false))
  it('should keep the first of two plain short lines as the title', () =>
    expect(splitPaste('代表热议政府工作报告\n凝心聚力谋发展\n全国人大代表张三说，报告很好。\n').title).toBe('代表热议政府工作报告'))
})
