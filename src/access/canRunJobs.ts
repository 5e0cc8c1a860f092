import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { hasRole } from './hasRole'

/** `Authorization: Bearer <cronSecret>`, compared in constant time; false when no secret is set. */
export const hasCronSecret = (req: Pick<PayloadRequest, 'headers'>, secret: string | null): boolean => {
  if (!secret) return false
  const given = Buffer.from(req.headers.get('authorization') ?? '')
  const expected = Buffer.from(`Bearer ${secret}`)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

/** `GET /api/payload-jobs/run` (the publish queue): administrators, or the cron holding the plugin's `cronSecret`. */
export const canRunJobs =
  (cronSecret: string | null) =>
  ({ req }: { req: PayloadRequest }): boolean =>
    hasRole(req.user, 'admin') || hasCronSecret(req, cronSecret)

/** Queueing and cancelling jobs (scheduling a publish): editors and administrators. */
export const canScheduleJobs = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin', 'editor')
