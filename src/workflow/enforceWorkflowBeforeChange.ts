import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { roleOf } from '../access/roleOf'
import { isDraftSave } from './draftSaves'
import { type Approval, NO_APPROVAL, pinApproval } from './pinApproval'
import { isPublicStage, resolveStageChange } from './resolveStageChange'
import { type Stage, stageOf } from './stages'
import { workflowError } from './workflowError'

/** The stage of the document row (the public one): a pending draft version can sit over it. */
const rowStage = async (req: PayloadRequest, collection: CollectionSlug, doc: Record<string, any> | undefined): Promise<Stage> => {
  if (!doc) return 'draft'
  if (doc._status !== 'draft') return stageOf(doc.stage) ?? 'draft'
  const row = await req.payload.findByID({
    collection,
    id: doc.id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    select: { stage: true },
    req,
  })
  return stageOf(row && 'stage' in row ? row.stage : null) ?? stageOf(doc.stage) ?? 'draft'
}

/**
 * Enforces the editorial workflow on every save, whatever the surface (admin, REST,
 * GraphQL, Local API): stage moves by role, `_status` derived from the stage, the approval
 * pinned to the content approved, a note when an editor returns a piece, a reason when one
 * is retracted, the first publish and first submission dates.
 * Server code that acts for the system sets `req.context.newsroomSystem`.
 *
 * A draft save (`?draft=true`, autosave) writes a version only; over a published piece it is
 * a pending change, stored as approved (an editor's) and `_status: draft`, the public row untouched.
 */
export const enforceWorkflowBeforeChange: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  if (req.context.newsroomSystem) return data
  const role = req.user ? roleOf(req.user) : null
  const isNew = operation === 'create'
  const now = new Date().toISOString()
  const content = { ...(originalDoc ?? {}), ...data }
  const previous: Approval | null = originalDoc?.approval ?? null
  const next: Record<string, unknown> = { ...data }

  if (!isNew && isDraftSave(req, collection.slug, originalDoc?.id, data._status)) {
    const latest = stageOf(originalDoc?.stage) ?? 'draft'
    if (latest === 'retracted') throw workflowError('已撤回的稿件不能再修改；如需恢复发布，请联系管理员。（a retracted piece is not edited）', 409)
    const pending: Stage = latest === 'published' ? 'approved' : latest
    const { to, approval } =
      pending === 'approved'
        ? await pinApproval({ req, collection: collection.slug, id: originalDoc?.id, from: 'approved', to: 'approved', content, previous, scheduled: false })
        : { to: pending, approval: previous ?? NO_APPROVAL }
    return { ...next, stage: to, _status: 'draft', approval }
  }

  const from: Stage = isNew ? 'draft' : await rowStage(req, collection.slug, originalDoc)
  // Payload fills every field a save leaves out with its stored value: what differs was asked for.
  const requested = data.stage !== originalDoc?.stage ? (stageOf(data.stage) ?? undefined) : undefined
  const status = data._status !== originalDoc?._status ? data._status : undefined
  const resolved = resolveStageChange({ role, from, requested, status, isNew })
  const scheduled = req.payloadAPI === 'local' && requested === undefined && status === 'published'
  const latest = stageOf(originalDoc?.stage) ?? from
  if (scheduled && !isNew && latest !== 'approved' && latest !== 'published') {
    throw workflowError('定时发布没有执行：这篇稿件不在「已审核」阶段，发布的只能是审核过的版本。（only an approved piece is published on schedule）', 409)
  }
  const { to, approval } = await pinApproval({
    req,
    collection: collection.slug,
    id: originalDoc?.id,
    from,
    to: resolved.to,
    content,
    previous,
    scheduled,
  })
  const transition = to === resolved.to ? resolved.transition : undefined
  Object.assign(next, { stage: to, _status: isPublicStage(to) ? 'published' : 'draft', approval })

  if (transition?.name === 'return' && role !== 'reporter' && !String(data.reviewNote ?? '').trim()) {
    throw workflowError('退回稿件时请填写审稿意见，告诉记者要改什么（a review note is required to return a piece）', 400)
  }
  if (to === 'retracted') {
    const reason = String(data.retraction?.reason ?? originalDoc?.retraction?.reason ?? '').trim()
    if (!reason) throw workflowError('撤回稿件必须写明原因，原因会公开显示（a public reason is required to retract）', 400)
    next.retraction = { ...data.retraction, reason, retractedAt: data.retraction?.retractedAt ?? now }
  }
  if (to !== 'draft' && !originalDoc?.submittedAt) next.submittedAt = now
  if (to === 'published' && !originalDoc?.publishedAt && !data.publishedAt) next.publishedAt = now
  return next
}
