import type { CollectionBeforeChangeHook } from 'payload'

import { STATEMENTS } from '../constants'
import { isDraftSave } from './draftSaves'
import { checklistRefusal, publishChecklist } from './publishChecklist'
import { workflowError } from './workflowError'

/**
 * An article goes public with its statements or not at all (issue 15): publishing it, from the
 * workflow's button, Payload's own Publish, a scheduled job or the API, is refused while a
 * statement is still in review or when none is approved. Runs after the workflow hook, on the
 * stage it settled; the statements read are their newest versions (what an editor sees).
 */
export const refuseUnreadyPublishBeforeChange: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  if (operation !== 'update' || data.stage !== 'published' || req.context.newsroomSystem) return data
  if (isDraftSave(req, collection.slug, originalDoc?.id, data._status)) return data
  // Already public (a correction republished): its statements went public with it.
  if (originalDoc?.stage === 'published' && originalDoc._status === 'published') return data
  const { docs } = await req.payload.find({
    collection: STATEMENTS,
    where: { article: { equals: originalDoc?.id } },
    draft: true,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { headline: true, speakerName: true, position: true, stage: true },
    req,
  })
  const checklist = publishChecklist(docs)
  if (!checklist.publishable) throw workflowError(checklistRefusal(checklist), 409, { missing: checklist.missing.map((s) => s.id) })
  return data
}
