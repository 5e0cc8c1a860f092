import type { Endpoint } from 'payload'

import { isStaff } from '../access/isStaff'
import { ARTICLES } from '../constants'
import { workflowError } from './workflowError'
import { zonedTimeToDate } from './zonedTime'
import { isRecord } from '../utilities/isRecord'

const ZONE = 'Asia/Shanghai'

/** Today's date in the paper's zone, `2026-12-02`. */
const today = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date())

/**
 * `GET /api/articles/scheduled-today`: the articles due to go public today (Asia/Shanghai), for
 * the desk's home. Payload's jobs are not readable by staff, so the endpoint reads them and
 * returns only the articles the user may read.
 */
export const scheduledTodayEndpoint: Endpoint = {
  path: '/scheduled-today',
  method: 'get',
  handler: async (req) => {
    if (!isStaff({ req })) throw workflowError('请先登录。', 401)
    const day = today()
    const start = zonedTimeToDate(day, '00:00', ZONE)!
    const end = new Date(start.getTime() + 24 * 3600_000)
    const { docs: jobs } = await req.payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'schedulePublish' } },
          { 'input.doc.relationTo': { equals: ARTICLES } },
          { waitUntil: { greater_than_equal: start.toISOString() } },
          { waitUntil: { less_than: end.toISOString() } },
          { completedAt: { exists: false } },
        ],
      },
      sort: 'waitUntil',
      limit: 50,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const at = new Map<string, string>()
    for (const job of jobs) {
      const { input } = job
      const value = isRecord(input) && input.type === 'publish' && isRecord(input.doc) ? input.doc.value : undefined
      if (value !== undefined && job.waitUntil) at.set(String(value), job.waitUntil)
    }
    if (at.size === 0) return Response.json({ docs: [] })
    const { docs } = await req.payload.find({
      collection: ARTICLES,
      where: { id: { in: [...at.keys()] } },
      draft: true,
      depth: 0,
      limit: 50,
      select: { title: true, stage: true },
      user: req.user,
      overrideAccess: false,
      req,
    })
    const rows = docs.map((doc) => ({ id: doc.id, title: doc.title, stage: doc.stage, at: at.get(String(doc.id)) }))
    return Response.json({ docs: rows.sort((a, b) => String(a.at).localeCompare(String(b.at))) })
  },
}
