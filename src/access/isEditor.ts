import type { PayloadRequest } from 'payload'

import { hasRole } from './hasRole'

/** Editors and administrators: the people who approve and publish. */
export const isEditor = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin', 'editor')
