import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { hasRole } from './hasRole'

/** `Authorization: Bearer <CRON_SECRET>`, compared in constant time; false when no secret is set. */
export const hasCronSecret = (req: Pick<PayloadRequest, 'headers'>, secret = process.env.CRON_SECRET): boolean => {
  if (!secret) return false
  const given = Buffer.from(req.headers.get('authorization') ?? '')
  const expected = Buffer.from(`Bearer ${secret}`)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

/** `GET /api/payload-jobs/run` (the publish queue): administrators, or the cron holding CRON_SECRET. */
export const canRunJobs = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin') || hasCronSecret(req)

/** Queueing and cancelling jobs (scheduling a publish): editors and administrators. */
export const canScheduleJobs = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin', 'editor')
