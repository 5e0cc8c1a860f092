import type { Role } from '../constants'
import { findTransition, STAGE_LABELS, type Stage } from './stages'
import { workflowError } from './workflowError'

type Input = {
  role: Role | null
  /** The stage of the document row (what the public sees), not of a pending draft. */
  from: Stage
  requested: Stage | undefined
  status: 'draft' | 'published' | undefined
  isNew: boolean
}

export const isPublicStage = (stage: Stage): boolean => stage === 'published' || stage === 'retracted'

/**
 * Works out the stage a (non-draft) save leads to and checks it is allowed for the role.
 * Payload's own Publish (`_status: published`) is the publish move, and `_status: draft` on a
 * published piece is the unpublish move (a reporter's is refused). The stage leads: the
 * returned `_status` is derived from it, so the two never disagree.
 */
export function resolveStageChange({ role, from, requested, status, isNew }: Input) {
  let to: Stage = requested ?? from
  if (requested === undefined && status === 'published' && !isPublicStage(from)) to = 'published'
  if (requested === undefined && status === 'draft' && isPublicStage(from)) to = 'approved'
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
  const nextStatus: 'draft' | 'published' = isPublicStage(to) ? 'published' : 'draft'
  return { to, status: nextStatus, transition: to !== from ? findTransition(from, to) : undefined }
}
