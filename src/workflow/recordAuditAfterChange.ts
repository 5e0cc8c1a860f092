import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { AUDIT } from '../constants'
import { findTransition, type Stage } from './stages'

const IGNORED = new Set(['updatedAt', 'createdAt', '_status', 'stage', 'reviewNote'])

/** Top-level fields whose stored value changed: `['title', 'dek']`. */
const changedFields = (before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] =>
  Object.keys(after).filter((key) => !IGNORED.has(key) && JSON.stringify(before?.[key]) !== JSON.stringify(after[key]))

/**
 * Appends one audit row per save, in the same transaction as the save: who, which
 * document, the stage transition (with its note) or the fields edited, when. Autosaves
 * are not audited; the save that follows them is.
 */
export const recordAuditAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (req.query?.autosave === 'true' || req.context.newsroomSkipAudit) return doc
  const from = (previousDoc?.stage as Stage | undefined) ?? null
  const to = doc.stage as Stage
  const transition = from && from !== to ? findTransition(from, to) : undefined
  const action = operation === 'create' ? 'create' : from !== to ? (transition?.name ?? 'transition') : 'update'
  await req.payload.create({
    collection: AUDIT,
    data: {
      user: req.user?.id ?? null,
      collectionSlug: collection.slug,
      documentId: String(doc.id),
      action,
      fromStage: operation === 'create' ? null : from,
      toStage: to ?? null,
      note: from !== to ? (doc.reviewNote ?? doc.retraction?.reason ?? null) : null,
      changes: operation === 'update' ? changedFields(previousDoc, doc) : [],
      system: Boolean(req.context.newsroomSystem),
    },
    req,
    overrideAccess: true,
  })
  return doc
}

export const recordAuditAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await req.payload.create({
    collection: AUDIT,
    data: { user: req.user?.id ?? null, collectionSlug: collection.slug, documentId: String(doc.id), action: 'delete', changes: [] },
    req,
    overrideAccess: true,
  })
  return doc
}
