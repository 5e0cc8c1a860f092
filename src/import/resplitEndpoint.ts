import type { Endpoint } from 'payload'

import type { Import } from '../../payload-types'
import { IMPORTS } from '../constants'
import { workflowError } from '../workflow/workflowError'
import { importIdParam, importNotFound } from './importIdParam'
import { splitImport } from './splitImport'

/** `POST /api/imports/:id/resplit`: splits the kept paste again, replacing the edits (the screen confirms first). */
export const resplitEndpoint: Endpoint = {
  path: '/:id/resplit',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw workflowError('请先登录。', 401)
    const id = importIdParam(req)
    const doc = (await req.payload
      .findByID({ collection: IMPORTS, id, depth: 0, req, user: req.user, overrideAccess: false })
      .catch(importNotFound)) as Import
    if (doc.status !== 'split') throw workflowError('已提交或已放弃的导入不能重新拆分。', 409)
    const fields = await splitImport(req, doc.rawText)
    const updated = await req.payload.update({
      collection: IMPORTS,
      id,
      data: fields as never,
      depth: 0,
      req,
      overrideAccess: true,
      context: { newsroomSystem: true },
    })
    return Response.json({ doc: updated, message: '已按原文重新拆分。' })
  },
}
