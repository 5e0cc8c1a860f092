import { describe, expect, it } from 'vitest'

import { resolveStageChange } from '../../../src/workflow/resolveStageChange'

const save = (input: Partial<Parameters<typeof resolveStageChange>[0]>) =>
  resolveStageChange({ role: 'editor', from: 'draft', requested: undefined, status: 'draft', isNew: false, ...input })

describe('resolveStageChange', () => {
  it('should let a reporter submit a draft for review', () => {
    expect(save({ role: 'reporter', requested: 'in_review' })).toMatchObject({ to: 'in_review', status: 'draft', transition: { name: 'submit' } })
  })

  it('should refuse a reporter publishing, in Chinese and naming the stages', () => {
    expect(() => save({ role: 'reporter', from: 'in_review', requested: 'published' })).toThrow(/不能把稿件从「待审」改为「已发布」.*in_review → published/)
  })

  it("should read Payload's Publish button (_status published) as the editor's publish", () => {
    expect(save({ from: 'approved', status: 'published' })).toMatchObject({ to: 'published', status: 'published' })
  })

  it('should bring _status back to draft when a published piece is unpublished', () => {
    expect(save({ from: 'published', requested: 'approved', status: 'published' })).toMatchObject({ to: 'approved', status: 'draft' })
  })

  it('should keep _status published when a piece is retracted (its URL stays)', () => {
    expect(save({ from: 'published', requested: 'retracted', status: 'published' })).toMatchObject({ to: 'retracted', status: 'published' })
  })

  it('should let only an admin reinstate a retracted piece', () => {
    expect(() => save({ from: 'retracted', requested: 'published' })).toThrow(/not allowed: retracted → published/)
    expect(save({ role: 'admin', from: 'retracted', requested: 'published' }).to).toBe('published')
  })

  it('should start a new piece from a reporter as a draft or in review only', () => {
    expect(() => save({ role: 'reporter', isNew: true, requested: 'approved' })).toThrow(/新稿件只能是草稿或待审/)
    expect(save({ role: 'reporter', isNew: true, requested: 'in_review' }).to).toBe('in_review')
  })

  it('should let the system (no role) make any move', () => {
    expect(save({ role: null, from: 'draft', requested: 'retracted' }).to).toBe('retracted')
  })

  it('should keep an edit without a stage change as it is', () => {
    expect(save({ from: 'in_review' })).toEqual({ to: 'in_review', status: 'draft', transition: undefined })
  })
})
