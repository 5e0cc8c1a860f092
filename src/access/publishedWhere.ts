import type { Where } from 'payload'

// What the public may read of a collection with drafts: the published version, never a
// retracted piece in a list. `{ _status: published, stage != retracted }`.
export const publishedWhere: Where = {
  and: [{ _status: { equals: 'published' } }, { stage: { not_equals: 'retracted' } }],
}
