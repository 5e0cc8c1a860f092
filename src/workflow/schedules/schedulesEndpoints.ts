import { commitTransaction, initTransaction, killTransaction, NotFound, type Endpoint, type PayloadRequest } from 'payload'

import { isEditor } from '../../access/isEditor'
import { parseId } from '../../security/parseId'
import { workflowError } from '../workflowError'
import { SCHEDULE_ZONES } from '../zonedTime'
import { findPendingSchedules, SCHEDULE_TASK } from './pendingSchedules'

type Target = { collection: string; id: number }

/** The piece in the URL, for an editor who may read it; 401/403/404 in the desk's words otherwise. */
async function editorsTarget(req: PayloadRequest, collection: string): Promise<Target> {
  if (!req.user) throw workflowError('请先登录。', 401)
  if (!isEditor({ req })) throw workflowError('只有编辑可以查看或更改预约发布。（editors only）', 403)
  const id = parseId(req.routeParams?.id)
  if (id === null) throw workflowError('稿件编号无效：应为正整数。', 400)
  await req.payload.findByID({ collection: collection as 'articles', id, depth: 0, draft: true, req, user: req.user, overrideAccess: false }).catch((error: unknown) => {
    if (error instanceof NotFound) throw workflowError('找不到这篇稿件。', 404)
    throw error
  })
  return { collection, id }
}

/** `{"at": "2026-12-02T00:08:00.000Z", "zone": "Asia/Shanghai"}`: a future instant and one of the offered zones. */
async function requestedTime(req: PayloadRequest): Promise<{ at: Date; zone: string }> {
  const body: unknown = req.json ? await req.json().catch(() => null) : null
  const fields = (body && typeof body === 'object' ? body : {}) as { at?: unknown; zone?: unknown }
  const at = typeof fields.at === 'string' ? new Date(fields.at) : null
  if (!at || Number.isNaN(at.getTime())) throw workflowError('请选择日期和时间。（at must be an ISO date）', 400)
  if (at.getTime() <= Date.now()) throw workflowError('预约时间已过，请选择将来的时间。（the time has passed）', 400)
  const zone = typeof fields.zone === 'string' && (SCHEDULE_ZONES as readonly string[]).includes(fields.zone) ? fields.zone : SCHEDULE_ZONES[0]
  return { at, zone }
}

/** The job in the URL, if it is a pending publish of this piece. */
async function pendingJob(req: PayloadRequest, target: Target): Promise<number | string> {
  const job = parseId(req.routeParams?.job)
  const pending = job === null ? [] : await findPendingSchedules(req, target.collection, target.id)
  const found = pending.find((row) => String(row.id) === String(job))
  if (!found) throw workflowError('这项预约已执行或已取消。', 404)
  return found.id
}

/** Queues the publish as the editor, through Payload's jobs API with its queue access (editors). */
const queuePublish = (req: PayloadRequest, target: Target, at: Date, zone: string) => {
  // `timezone` is stored and read back by Payload's own schedule (not in the generated input type).
  const input = {
    type: 'publish' as const,
    doc: { relationTo: target.collection as 'articles', value: target.id },
    timezone: zone,
    user: { relationTo: req.user!.collection as 'users', value: req.user!.id as number },
  }
  return req.payload.jobs.queue({ task: SCHEDULE_TASK, input, waitUntil: at, overrideAccess: false, req })
}

const listed = async (req: PayloadRequest, target: Target, status = 200) =>
  Response.json({ docs: await findPendingSchedules(req, target.collection, target.id) }, { status })

/**
 * The schedule of one piece, for editors (the workflow panel lists, adds, moves and cancels):
 * `GET /:id/schedules`, `POST /:id/schedules` `{at, zone}`, `PATCH /:id/schedules/:job` `{at, zone}`
 * (a new time: the old job cancelled and a new one queued, in one transaction),
 * `DELETE /:id/schedules/:job`. Each answers with the pending schedules as they now stand.
 * When the time comes, the job publishes by the same rules as 立即发布 (approved content only).
 */
export const schedulesEndpoints = (collection: string): Endpoint[] => [
  {
    path: '/:id/schedules',
    method: 'get',
    handler: async (req) => listed(req, await editorsTarget(req, collection)),
  },
  {
    path: '/:id/schedules',
    method: 'post',
    handler: async (req) => {
      const target = await editorsTarget(req, collection)
      const { at, zone } = await requestedTime(req)
      await queuePublish(req, target, at, zone)
      return listed(req, target, 201)
    },
  },
  {
    path: '/:id/schedules/:job',
    method: 'patch',
    handler: async (req) => {
      const target = await editorsTarget(req, collection)
      const job = await pendingJob(req, target)
      const { at, zone } = await requestedTime(req)
      const startedHere = await initTransaction(req)
      try {
        await req.payload.jobs.cancelByID({ id: job, overrideAccess: false, req })
        await queuePublish(req, target, at, zone)
        if (startedHere) await commitTransaction(req)
      } catch (error) {
        if (startedHere) await killTransaction(req)
        throw error
      }
      return listed(req, target)
    },
  },
  {
    path: '/:id/schedules/:job',
    method: 'delete',
    handler: async (req) => {
      const target = await editorsTarget(req, collection)
      const job = await pendingJob(req, target)
      // Payload's cancel, with the editor's access: the job is marked cancelled and never runs.
      await req.payload.jobs.cancelByID({ id: job, overrideAccess: false, req })
      return listed(req, target)
    },
  },
]
