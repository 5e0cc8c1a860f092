import type { Endpoint } from 'payload'

import { isStaff } from '../access/isStaff'
import { ARTICLES, STATEMENTS } from '../constants'
import { parseId } from '../security/parseId'
import { changesBetween } from './changes/changesBetween'
import type { Stage } from './stages'
import { workflowError } from './workflowError'

/** Stages whose saved copy is content an editor approved (a publish pins an approval too). */
const APPROVED: Stage[] = ['approved', 'published']

/**
 * `GET /api/{articles|statements}/:id/changes`: what changed since the last approval, field by
 * field, for the side-by-side view beside the workflow buttons. The approved copy is the newest
 * saved version in an approved or published stage (a return clears the approval record, the
 * versions keep the text); the current copy is the newest draft. Both are read with the user's
 * own access (the document's read rule and its versions' rule), so only someone who may read
 * both versions sees the difference; anyone else gets 404.
 */
export const changesSinceApprovalEndpoint = (collection: typeof ARTICLES | typeof STATEMENTS): Endpoint => ({
  path: '/:id/changes',
  method: 'get',
  handler: async (req) => {
    if (!isStaff({ req })) throw workflowError('请先登录。', 401)
    const id = parseId(req.routeParams?.id)
    if (id === null) throw workflowError('编号无效：应为正整数。', 400)
    const as = { overrideAccess: false, user: req.user, req } as const
    const current = await req.payload.findByID({ collection, id, draft: true, depth: 0, disableErrors: true, ...as })
    if (!current) throw workflowError('找不到这篇稿件（可能已删除，或你无权查看）。', 404)
    const { docs } = await req.payload.findVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, { 'version.stage': { in: APPROVED } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      ...as,
    })
    const approved = docs[0]
    if (!approved) return Response.json({ approved: null, changes: [] })
    const version = approved.version as unknown as Record<string, unknown>
    return Response.json({
      approved: { version: approved.id, at: approved.updatedAt, stage: version.stage },
      changes: changesBetween(collection, version, current as unknown as Record<string, unknown>),
    })
  },
})
