import { describe, expect, it } from 'vitest'

import { checklistRefusal, describeStatement, publishChecklist } from '../../../src/workflow/publishChecklist'
import { formatZoned, zonedTimeToDate } from '../../../src/workflow/zonedTime'

const s = (id: number, stage: string, headline = `第${id}条`) => ({ id, stage, headline, position: id - 1, speakerName: null })

describe('the publish checklist of a roundup', () => {
  it('should allow publishing when every statement is approved or held back and one is ready', () => {
    const list = publishChecklist([s(1, 'approved'), s(2, 'draft'), s(3, 'published')])
    expect(list.publishable).toBe(true)
    expect(list.ready.map((x) => x.id)).toEqual([1, 3])
    expect(list.heldBack.map((x) => x.id)).toEqual([2])
  })

  it('should block on a statement still in review and say which, counting from 1', () => {
    const list = publishChecklist([s(2, 'in_review', '推动发展'), s(1, 'approved')])
    expect(list.publishable).toBe(false)
    expect(list.missing.map((x) => describeStatement(x, 'zh'))).toEqual(['第 2 条「推动发展」（待审）'])
    expect(describeStatement(list.missing[0]!, 'en')).toBe('No. 2 “推动发展” (In review)')
    expect(checklistRefusal(list)).toMatch(/^这篇稿件还不能发布：1 条发言还没有审核：第 2 条「推动发展」（待审）/)
  })

  it('should block a roundup whose statements are all held back, and pass an article with none', () => {
    expect(publishChecklist([s(1, 'draft')]).publishable).toBe(false)
    expect(checklistRefusal(publishChecklist([s(1, 'draft')]))).toContain('空稿')
    expect(publishChecklist([]).publishable).toBe(true)
  })
})

describe('the schedule clock', () => {
  it('should read a wall time in Asia/Shanghai whatever the machine zone', () => {
    expect(zonedTimeToDate('2026-12-02', '08:08', 'Asia/Shanghai')?.toISOString()).toBe('2026-12-02T00:08:00.000Z')
    expect(zonedTimeToDate('2026-12-02', '23:30', 'UTC')?.toISOString()).toBe('2026-12-02T23:30:00.000Z')
    expect(zonedTimeToDate('2026-12-02', '', 'UTC')).toBeNull()
  })

  it('should write the time back 24-hour', () => {
    expect(formatZoned(new Date('2026-12-02T12:08:00Z'), 'Asia/Shanghai', 'zh')).toBe('2026年12月2日 20:08')
    expect(formatZoned(new Date('2026-12-02T00:08:00Z'), 'Asia/Shanghai', 'en')).toBe('Dec 2, 2026 08:08')
  })
})
