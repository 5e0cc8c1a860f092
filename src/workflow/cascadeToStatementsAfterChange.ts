import type { CollectionAfterChangeHook } from 'payload'

import { STATEMENTS } from '../constants'
import type { Stage } from './stages'

type Rule = {
  /** The article's move (`from` undefined: from any other stage). */
  from?: Stage
  to: Stage
  /** Which statements follow it, and where to. */
  statements: Stage[]
  then: Stage
  /** Whether the statements move as the editor (the workflow's rules and approval pins apply) or as the system. */
  asEditor: boolean
}

// What an article's move does to its statements (issue 15: the article is the unit):
// approving it approves the statements in review (one returned to draft stays held back);
// publishing publishes the approved ones; unpublishing and retracting take the published ones along.
const RULES: Rule[] = [
  { from: 'in_review', to: 'approved', statements: ['in_review'], then: 'approved', asEditor: true },
  { to: 'published', statements: ['approved'], then: 'published', asEditor: false },
  { from: 'published', to: 'approved', statements: ['published'], then: 'approved', asEditor: false },
  { to: 'retracted', statements: ['published'], then: 'retracted', asEditor: false },
]

/**
 * Runs inside the article's save: every nested call passes `req`, so the statements move in
 * the same database transaction as the article, and a statement that cannot move (refused,
 * invalid) rolls the article's move back too. All or nothing.
 */
export const cascadeToStatementsAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (previousDoc?.stage === doc.stage) return doc
  const rule = RULES.find((r) => r.to === doc.stage && (r.from === undefined || r.from === previousDoc?.stage))
  if (!rule) return doc
  const { docs } = await req.payload.find({
    collection: STATEMENTS,
    where: { and: [{ article: { equals: doc.id } }, { stage: { in: rule.statements } }] },
    // The newest versions: what the editor read and the checklist counted.
    draft: true,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  // The Local API shares req.context with nested calls: restore the flag afterwards.
  const wasSystem = req.context.newsroomSystem
  const wasCascading = req.context.newsroomCascading
  // The article's own notification speaks for its statements (src/workflow/notifyAfterChange.ts).
  req.context.newsroomCascading = true
  for (const statement of docs) {
    if (rule.asEditor) {
      // As the editor who approved the article: each statement's approval is pinned to its version.
      await req.payload.update({ collection: STATEMENTS, id: statement.id, data: { stage: rule.then }, depth: 0, overrideAccess: true, user: req.user, req })
      continue
    }
    await req.payload.update({
      collection: STATEMENTS,
      id: statement.id,
      data: {
        stage: rule.then,
        _status: rule.then === 'approved' ? 'draft' : 'published',
        ...(rule.then === 'published' && !statement.publishedAt ? { publishedAt: new Date().toISOString() } : {}),
        ...(rule.then === 'retracted' ? { retraction: doc.retraction } : {}),
      },
      depth: 0,
      overrideAccess: true,
      req,
      context: { newsroomSystem: true },
    })
  }
  req.context.newsroomSystem = wasSystem
  req.context.newsroomCascading = wasCascading
  return doc
}
