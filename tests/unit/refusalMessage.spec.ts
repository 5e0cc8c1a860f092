import { describe, expect, it } from 'vitest'

import { refusalMessage } from '../../src/workflow/admin/refusalMessage'

const REFUSAL = '不能把稿件从「待审」改为「已发布」：不允许的流程操作（not allowed: in_review → published）'

describe('refusalMessage', () => {
  it('should show the Chinese admin the Chinese words only', () => {
    expect(refusalMessage(REFUSAL, 'zh')).toBe('不能把稿件从「待审」改为「已发布」：不允许的流程操作')
  })

  it('should show the English admin the English gloss', () => {
    expect(refusalMessage(REFUSAL, 'en')).toBe('not allowed: in_review → published')
  })

  it('should keep a Chinese bracket that is part of the message', () => {
    expect(refusalMessage('请先填写撤回原因（公开显示）', 'zh')).toBe('请先填写撤回原因（公开显示）')
    expect(refusalMessage('您无权执行此操作', 'zh')).toBe('您无权执行此操作')
  })
})
