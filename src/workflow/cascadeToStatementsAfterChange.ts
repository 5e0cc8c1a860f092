import type { CollectionAfterChangeHook } from 'payload'

import { STATEMENTS } from '../constants'
import type { Stage } from './stages'

// What an article's move does to its statements: publishing publishes the approved ones;
// unpublishing and retracting take the published ones along.
const CASCADE: Partial<Record<Stage, { from: Stage[]; to: Stage }>> = {
  published: { from: ['approved'], to: 'published' },
  approved: { from: ['published'], to: 'approved' },
  retracted: { from: ['published'], to: 'retracted' },
}

export const cascadeToStatementsAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const rule = CASCADE[doc.stage as Stage]
  if (!rule || previousDoc?.stage === doc.stage) return doc
  const { docs } = await req.payload.find({
    collection: STATEMENTS,
    where: { and: [{ article: { equals: doc.id } }, { stage: { in: rule.from } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  // The Local API shares req.context with nested calls: restore the flag afterwards.
  const wasSystem = req.context.newsroomSystem
  for (const statement of docs) {
    await req.payload.update({
      collection: STATEMENTS,
      id: statement.id,
      data: {
        stage: rule.to,
        _status: rule.to === 'approved' ? 'draft' : 'published',
        ...(rule.to === 'published' && !statement.publishedAt ? { publishedAt: new Date().toISOString() } : {}),
        ...(rule.to === 'retracted' ? { retraction: doc.retraction } : {}),
      },
      depth: 0,
      overrideAccess: true,
      req,
      context: { newsroomSystem: true },
    })
  }
  req.context.newsroomSystem = wasSystem
  return doc
}
