import type { Role } from '../constants'
import { findTransition, STAGE_LABELS, type Stage } from './stages'
import { workflowError } from './workflowError'

type Input = {
  role: Role | null
  from: Stage
  requested: Stage | undefined
  status: 'draft' | 'published' | undefined
  previousStatus: 'draft' | 'published' | undefined
  isNew: boolean
}

/**
 * Works out the stage a save leads to and checks it is allowed for the role.
 * Payload's own Publish button sends `_status: published`: for an editor that is the
 * publish transition; for a reporter it is refused. Returns the stage and `_status` to store.
 */
export function resolveStageChange({ role, from, requested, status, previousStatus, isNew }: Input) {
  let to: Stage = requested ?? from
  const publishing = status === 'published' && previousStatus !== 'published' && to !== 'retracted'
  if (publishing && to !== 'published') to = 'published'
  // Unpublishing through Payload (`_status: draft` on a published piece with no stage change) stays an edit.
  if (isNew) {
    if (to !== 'draft' && to !== 'in_review' && role !== 'editor' && role !== 'admin' && role !== null) {
      throw workflowError(`新稿件只能是草稿或待审（a new piece starts as a draft or in review）`)
    }
  } else if (to !== from && role !== null) {
    const transition = findTransition(from, to)
    if (!transition || !transition.roles.includes(role)) {
      throw workflowError(
        `不能把稿件从「${STAGE_LABELS[from].zh}」改为「${STAGE_LABELS[to].zh}」：${role === 'reporter' ? '记者只能提交或撤回待审稿件，发布由编辑完成' : '不允许的流程操作'}` +
          `（not allowed: ${from} → ${to}）`,
      )
    }
  }
  // The stage leads and `_status` follows it, only when the stage moves in or out of public view.
  const wasPublic = from === 'published' || from === 'retracted'
  const isPublic = to === 'published' || to === 'retracted'
  const nextStatus = to === from ? status : isPublic ? 'published' : wasPublic ? 'draft' : status
  return { to, status: nextStatus, transition: to !== from ? findTransition(from, to) : undefined }
}
