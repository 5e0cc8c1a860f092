import type { CollectionBeforeValidateHook } from 'payload'

import { isDraftSave } from './draftSaves'
import { byServer, CLOCK, instant } from './refuseStaleSaves'
import { workflowError } from './workflowError'
import { chineseLabel } from './chineseLabel'

/**
 * An approval or publish is of the version the editor read: the workflow buttons send the `updatedAt` of the copy on screen. When a newer version exists
 * (a reporter's autosave landed while the editor was reading), nothing is approved and the
 * editor is told to reload and review the new version. Runs before the refusal of stale
 * saves, whose exception for one's own consecutive saves does not apply to approving.
 */
export const refuseStaleApprovalBeforeValidate: CollectionBeforeValidateHook = ({ collection, data, originalDoc, operation, req }) => {
  // A draft save (autosave) moves nothing: a stale one meets the stale-save refusal next.
  if (operation !== 'update' || byServer(req) || !originalDoc || isDraftSave(req, collection.slug, originalDoc.id, data?._status)) return data
  // The workflow buttons' moves; Payload's own Publish (`_status`) meets the stale-save refusal next.
  const approving = (data?.stage === 'approved' || data?.stage === 'published') && data.stage !== originalDoc.stage
  const seen = instant(data?.updatedAt)
  const stored = instant(originalDoc.updatedAt)
  if (!approving || seen === null || stored === null || seen >= stored) return data
  const label = chineseLabel(collection)
  throw workflowError(
    `你审阅的不是最新版本：这篇${label}在 ${CLOCK.format(stored)} 又有了修改，这次审核没有生效。` +
      '请刷新页面，审阅新版本后再审核通过。（not approved: a newer version exists; reload and review it）',
    409,
    { updatedAt: originalDoc.updatedAt },
  )
}
