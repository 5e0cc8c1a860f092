import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { afterCommit } from './afterCommit'
import { everythingKeys } from './edge/edgeKeys'
import { purgeEdge } from './edge/purgeEdge'
import { queuePurgeRetry } from './edge/purgeEdgeTask'
import { clearListCache } from './listCache'
import { revalidateEverything } from './revalidatePaths'
import { pluginOptionsOf } from '../pluginOptions'

/**
 * For collections whose documents show on many pages at once (delegates, reporters, media):
 * after the commit, every cached page and list is revalidated. Such edits are rare; working
 * out each page a name appears on is not worth it. Wired into Delegates, Reporters and Media.
 */
export const revalidateSiteAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await revalidateSite(req)
  return doc
}

/** The same after a delete. */
export const revalidateSiteAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await revalidateSite(req)
  return doc
}

async function revalidateSite(req: PayloadRequest): Promise<void> {
  if (req.context.disableRevalidate) return
  await afterCommit(req, () => {
    clearListCache()
    revalidateEverything()
    return purgeEdge(everythingKeys(), req.payload.logger, pluginOptionsOf(req.payload.config).purgeURLs, queuePurgeRetry(req.payload))
  })
}
