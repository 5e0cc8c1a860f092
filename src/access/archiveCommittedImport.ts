import type { FieldAccess } from 'payload'

import { hasRole } from './hasRole'

/** Field level, an import's status: only an admin, only to archive a committed import. */
export const archiveCommittedImport: FieldAccess = ({ req, doc, data }) =>
  hasRole(req.user, 'admin') && doc?.status === 'committed' && data?.status === 'archived'
