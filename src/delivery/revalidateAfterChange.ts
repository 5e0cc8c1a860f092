import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { affectedPaths } from './affectedPaths'
import { afterCommit } from './afterCommit'
import { changedKeys } from './edge/edgeKeys'
import { purgeEdge } from './edge/purgeEdge'
import { queuePurgeRetry } from './edge/purgeEdgeTask'
import { clearListCache } from './listCache'
import { revalidatePaths } from './revalidatePaths'
import { pluginOptionsOf } from '../pluginOptions'

type Doc = Parameters<typeof affectedPaths>[2]

const isPublic = (doc: { _status?: unknown; stage?: unknown } | undefined): boolean =>
  doc?._status === 'published' || doc?.stage === 'published' || doc?.stage === 'retracted'

/** Revalidates, once the transaction commits, every public URL the document showed on, before and after. */
const revalidateShown = async (req: PayloadRequest, collection: string, doc: Doc, previous: Doc | undefined) => {
  const paths = await affectedPaths(req, collection, doc, previous)
  await afterCommit(req, () => {
    clearListCache()
    const outcome = revalidatePaths(paths)
    if (outcome !== 'none') req.payload.logger.debug({ msg: 'newsroom: revalidated', outcome, paths })
    return purgeEdge(changedKeys(paths), req.payload.logger, pluginOptionsOf(req.payload.config).purgeURLs, queuePurgeRetry(req.payload))
  })
}

/**
 * Keeps the site fresh: after an article or statement is published, unpublished, corrected,
 * retracted or published on schedule, the pages, feeds and sitemaps it appears on are
 * revalidated once the transaction commits. Saves that never touch a public version (drafts,
 * autosaves of unpublished pieces) revalidate nothing. `req.context.disableRevalidate` skips it.
 */
export const revalidateAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (req.context.disableRevalidate) return doc
  // An autosave only ever writes a draft version: nothing public changes.
  if (req.query?.autosave === 'true' && doc._status !== 'published') return doc
  if (!isPublic(doc) && !isPublic(previousDoc)) return doc
  await revalidateShown(req, collection.slug, doc, previousDoc)
  return doc
}

/** The same after a delete (an admin's, of a piece that was public): its pages answer 404 at once. */
export const revalidateAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (req.context.disableRevalidate || !isPublic(doc)) return doc
  await revalidateShown(req, collection.slug, doc, undefined)
  return doc
}
