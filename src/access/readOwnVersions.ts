import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** Version history holds draft text: editors read all of it, a reporter their own, the public none. */
export const readOwnVersions: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'reporter')) return { 'version.owner': { equals: req.user!.id } }
  return false
}
