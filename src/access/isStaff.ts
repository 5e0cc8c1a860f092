import type { PayloadRequest } from 'payload'

import { hasRole } from './hasRole'

/** Any logged-in member of the desk: admin, editor or reporter. */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin', 'editor', 'reporter')
