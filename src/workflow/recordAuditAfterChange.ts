import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { AUDIT } from '../constants'
import { isDraftSave } from './draftSaves'
import { findTransition, stageOf } from './stages'

const IGNORED = new Set(['updatedAt', 'createdAt', '_status', 'stage', 'reviewNote', 'approval', 'submittedAt'])

/** Top-level fields whose stored value changed: `['title', 'dek']`. */
const changedFields = (before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] =>
  Object.keys(after).filter((key) => !IGNORED.has(key) && JSON.stringify(before?.[key]) !== JSON.stringify(after[key]))

type Entry = { collectionSlug: string; documentId: string; action: string; fromStage?: string | null; toStage?: string | null; note?: string | null; changes?: string[] }

/** Appends one audit row, in the request's transaction, by the request's user. */
export const recordAudit = (req: PayloadRequest, entry: Entry) =>
  req.payload.create({
    collection: AUDIT,
    data: { user: req.user?.id ?? null, changes: [], system: Boolean(req.context.newsroomSystem), ...entry },
    req,
    overrideAccess: true,
  })

const hashOf = (doc: Record<string, any> | undefined): string | null => doc?.approval?.hash ?? null

/**
 * Appends one audit row per save, in the same transaction as the save: who, which
 * document, the stage transition (with its note), a new approval by an editor who changed an
 * approved piece (`reapprove`), or the fields edited, when. Autosaves are not audited unless
 * they are such a new approval; the save that follows them is.
 */
export const recordAuditAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  const reapproved = operation === 'update' && previousDoc?.stage === doc.stage && hashOf(doc) !== null && hashOf(doc) !== hashOf(previousDoc)
  if ((req.query?.autosave === 'true' && !reapproved) || req.context.newsroomSkipAudit) return doc
  const pending = isDraftSave(req, collection.slug, doc.id, doc._status)
  const from = stageOf(previousDoc?.stage)
  const to = stageOf(doc.stage)
  const moved = from !== to && !(pending && from === 'published')
  const transition = from && to && moved ? findTransition(from, to) : undefined
  const action =
    operation === 'create' ? 'create' : moved ? (transition?.name ?? 'transition') : reapproved || (pending && from === 'published') ? 'reapprove' : 'update'
  await recordAudit(req, {
    collectionSlug: collection.slug,
    documentId: String(doc.id),
    action,
    fromStage: operation === 'create' ? null : from,
    toStage: to ?? null,
    note: moved ? (doc.reviewNote ?? doc.retraction?.reason ?? null) : null,
    changes: operation === 'update' ? changedFields(previousDoc, doc) : [],
  })
  return doc
}

export const recordAuditAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await recordAudit(req, { collectionSlug: collection.slug, documentId: String(doc.id), action: 'delete' })
  return doc
}
