import type { CollectionAfterChangeHook } from 'payload'

import { affectedPaths } from './affectedPaths'
import { afterCommit } from './afterCommit'
import { clearListCache } from './listCache'
import { revalidatePaths } from './revalidatePaths'

const isPublic = (doc: { _status?: unknown; stage?: unknown } | undefined): boolean =>
  doc?._status === 'published' || doc?.stage === 'published' || doc?.stage === 'retracted'

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
  const paths = await affectedPaths(req, collection.slug, doc, previousDoc)
  await afterCommit(req, () => {
    clearListCache()
    const outcome = revalidatePaths(paths)
    if (outcome !== 'none') req.payload.logger.debug({ msg: 'newsroom: revalidated', outcome, paths })
  })
  return doc
}
