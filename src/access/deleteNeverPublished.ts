import type { Access, Where } from 'payload'

import { hasRole } from './hasRole'

// Never public: no first-publish date and not published now.
const neverPublished: Where[] = [{ publishedAt: { exists: false } }, { _status: { not_equals: 'published' } }]

/**
 * Published or once-published pieces are unpublished or retracted, never deleted (admins
 * aside); editors delete what never went out; a reporter only their own never-submitted draft.
 */
export const deleteNeverPublished: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (hasRole(req.user, 'editor')) return { and: neverPublished }
  if (hasRole(req.user, 'reporter')) {
    return { and: [...neverPublished, { owner: { equals: req.user!.id } }, { stage: { equals: 'draft' } }, { submittedAt: { exists: false } }] }
  }
  return false
}
