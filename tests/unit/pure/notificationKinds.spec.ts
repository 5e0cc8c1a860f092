import { describe, expect, it } from 'vitest'

import { notificationKindOf, notificationRecipients } from '../../../src/workflow/notificationKinds'

describe('notification kinds', () => {
  it('should name the moves people are told of', () => {
    expect(notificationKindOf('draft', 'in_review')).toBe('submit')
    expect(notificationKindOf('in_review', 'draft')).toBe('return')
    expect(notificationKindOf('approved', 'draft')).toBe('return')
    expect(notificationKindOf('in_review', 'approved')).toBe('approve')
    expect(notificationKindOf('approved', 'published')).toBe('publish')
  })

  it('should stay quiet on other moves and on no move', () => {
    expect(notificationKindOf('approved', 'in_review')).toBeNull() // reopen
    expect(notificationKindOf('published', 'approved')).toBeNull() // unpublish
    expect(notificationKindOf('published', 'retracted')).toBeNull()
    expect(notificationKindOf('draft', 'draft')).toBeNull()
    expect(notificationKindOf(null, 'in_review')).toBeNull()
  })

  it('should tell editors of a submission and the owner of the rest, never the person who moved it', () => {
    expect(notificationRecipients('submit', { editors: [1, 2, 2], owner: 3, actor: 3 })).toEqual([1, 2])
    expect(notificationRecipients('submit', { editors: [1, 2], owner: 3, actor: 2 })).toEqual([1])
    expect(notificationRecipients('return', { editors: [1, 2], owner: 3, actor: 2 })).toEqual([3])
    expect(notificationRecipients('publish', { editors: [1], owner: 1, actor: 1 })).toEqual([])
    expect(notificationRecipients('approve', { editors: [1], owner: null, actor: 1 })).toEqual([])
  })
})
