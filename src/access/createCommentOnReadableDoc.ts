import type { Access } from 'payload'

import { isStaff } from './isStaff'

type Target = { relationTo?: unknown; value?: unknown }

/**
 * A note is written only on a document its author may read: a reporter on their own pieces and
 * imports (and published ones), editors on any. Without this, a reporter could pin notes to
 * another reporter's import by guessing its id. The document's own read rule decides.
 */
export const createCommentOnReadableDoc: Access = async ({ req, data }) => {
  if (!isStaff({ req })) return false
  const target = (data as { doc?: Target } | undefined)?.doc
  // The admin asks "may I create one at all?" without data: any staff member may.
  if (!target) return true
  const id = typeof target.value === 'object' && target.value !== null ? (target.value as { id?: unknown }).id : target.value
  if (typeof target.relationTo !== 'string' || (typeof id !== 'number' && typeof id !== 'string')) return false
  const doc = await req.payload.findByID({
    collection: target.relationTo as 'articles',
    id,
    draft: true,
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    user: req.user,
    select: {},
    req,
  })
  return Boolean(doc)
}
