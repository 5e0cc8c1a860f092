import type { PayloadRequest, Where } from 'payload'

/** One publish waiting in Payload's jobs queue for a piece: the job, its instant, the zone it was set in. */
export type PendingSchedule = { id: number | string; at: string; zone: string | null }

/** The task Payload queues for `versions.drafts.schedulePublish`. */
export const SCHEDULE_TASK = 'schedulePublish'

/**
 * Jobs that will still publish a piece of this collection: not run, not failed or cancelled
 * (Payload's cancel marks a job `hasError` and clears `waitUntil`). The piece itself is matched
 * in code (`isFor`): Payload's admin stores `input.doc.value` as a string, the Local API as
 * the number it was given.
 */
export const pendingSchedulesWhere = (collection: string): Where => ({
  and: [
    { taskSlug: { equals: SCHEDULE_TASK } },
    { 'input.doc.relationTo': { equals: collection } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
    { waitUntil: { exists: true } },
  ],
})

type JobInput = { type?: string | null; timezone?: string; doc?: { value?: unknown } | null } | null | undefined

const isFor = (input: JobInput, id: number | string): boolean => {
  const value = input?.doc?.value
  return (typeof value === 'string' || typeof value === 'number') && String(value) === String(id)
}

/**
 * The pending scheduled publishes of a piece, soonest first. The jobs collection is not
 * readable by staff, so this reads it with the server's access: callers check the user first.
 */
export async function findPendingSchedules(req: PayloadRequest, collection: string, id: number | string): Promise<PendingSchedule[]> {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: pendingSchedulesWhere(collection),
    sort: 'waitUntil',
    limit: 500,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const rows: PendingSchedule[] = []
  for (const job of docs) {
    const input = job.input as JobInput
    // The desk schedules publishing only; an unpublish queued through the API is not ours to list.
    if (!isFor(input, id) || input?.type === 'unpublish' || !job.waitUntil) continue
    rows.push({ id: job.id, at: job.waitUntil, zone: input?.timezone ?? null })
  }
  return rows
}
