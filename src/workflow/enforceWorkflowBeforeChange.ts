import type { CollectionBeforeChangeHook } from 'payload'

import { roleOf } from '../access/roleOf'
import { resolveStageChange } from './resolveStageChange'
import type { Stage } from './stages'
import { workflowError } from './workflowError'

/**
 * Enforces the editorial workflow on every save, whatever the surface (admin, REST,
 * GraphQL, Local API): stage moves by role, `_status` kept in step with the stage, a note
 * when an editor returns a piece, a reason when one is retracted, the first publish date.
 * Server code that acts for the system sets `req.context.newsroomSystem`.
 */
export const enforceWorkflowBeforeChange: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (req.context.newsroomSystem) return data
  const role = req.user ? roleOf(req.user) : null
  const from: Stage = (originalDoc?.stage as Stage | undefined) ?? 'draft'
  const { to, status, transition } = resolveStageChange({
    role,
    from,
    requested: data.stage as Stage | undefined,
    status: data._status,
    previousStatus: originalDoc?._status,
    isNew: operation === 'create',
  })
  const next: Record<string, unknown> = { ...data, stage: to, _status: status ?? data._status }

  if (transition?.name === 'return' && role !== 'reporter' && !String(data.reviewNote ?? '').trim()) {
    throw workflowError('退回稿件时请填写审稿意见，告诉记者要改什么（a review note is required to return a piece）', 400)
  }
  if (to === 'retracted') {
    const reason = String(data.retraction?.reason ?? originalDoc?.retraction?.reason ?? '').trim()
    if (!reason) throw workflowError('撤回稿件必须写明原因，原因会公开显示（a public reason is required to retract）', 400)
    next.retraction = { ...data.retraction, reason, retractedAt: data.retraction?.retractedAt ?? new Date().toISOString() }
  }
  if (to === 'published' && !originalDoc?.publishedAt && !data.publishedAt) next.publishedAt = new Date().toISOString()
  return next
}
