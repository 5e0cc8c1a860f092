import { describe, expect, it } from 'vitest'
import { assignRoles } from '../../../src/split/assignRoles'
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
