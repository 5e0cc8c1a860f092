import type { CollectionSlug, PayloadRequest } from 'payload'

import { roleOf } from '../access/roleOf'
import { contentHash } from './contentHash'
import type { Stage } from './stages'
import { workflowError } from './workflowError'

export type Approval = { version?: string | null; hash?: string | null; by?: number | { id: number } | null; at?: string | null }

/** No approval (a group is stored as an object, never null). */
export const NO_APPROVAL: Approval = { version: null, hash: null, by: null, at: null }

type Input = {
  req: PayloadRequest
  collection: CollectionSlug
  id: number | undefined
  /** The stage before the save (a pending draft over a published piece counts as approved) and after it. */
  from: Stage
  to: Stage
  /** The content being saved: the stored document with this save's data over it. */
  content: Record<string, unknown>
  previous: Approval | null | undefined
  /** Payload's scheduled publish: `_status: published` from the jobs queue, no stage asked. */
  scheduled: boolean
}

/** The newest stored version of a document: what an editor who read the newest copy has read. */
const newestVersion = async (req: PayloadRequest, collection: CollectionSlug, id: number | undefined): Promise<string | null> => {
  if (id === undefined) return null
  const { docs } = await req.payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ? String(docs[0].id) : null
}

/**
 * The approval a save leaves, and the stage it really leads to (DESIGN.md section 3):
 * approving (or an editor publishing straight away) pins the version read and its content
 * hash; a change to an approved or published piece by an editor is a new approval by that
 * editor; the same change by anyone else sends an approved piece back to review; publishing
 * on schedule publishes only the approved content. Leaving approval clears it.
 */
export async function pinApproval({ req, collection, id, from, to, content, previous, scheduled }: Input): Promise<{ to: Stage; approval: Approval }> {
  const role = req.user ? roleOf(req.user) : null
  const hash = contentHash(content)
  const pin = async (): Promise<Approval> => ({
    version: await newestVersion(req, collection, id),
    hash,
    by: req.user?.id ?? null,
    at: new Date().toISOString(),
  })
  if (to === 'draft' || to === 'in_review') return { to, approval: NO_APPROVAL }
  if (to === 'retracted') return { to, approval: previous ?? NO_APPROVAL }

  const approvedBefore = from === 'approved' || from === 'published'
  if (!approvedBefore) return { to, approval: await pin() } // approve, or an editor's publish from review
  if (previous?.hash === hash) return { to, approval: previous }
  if (scheduled) {
    if (!previous?.hash) return { to, approval: previous ?? NO_APPROVAL } // approved before approvals were pinned
    throw workflowError('定时发布没有执行：这篇稿件在审核通过后又有改动，发布的只能是审核过的版本。请编辑重新审核后再发布。（the content changed after approval）', 409)
  }
  if (role === 'editor' || role === 'admin' || (role === null && to === 'published')) return { to, approval: await pin() }
  // Server code changing an approved piece: back to review.
  return { to: 'in_review', approval: NO_APPROVAL }
}
