import type { Endpoint, PayloadRequest } from 'payload'

import type { Import } from '../../payload-types'
import type { Layout } from '../split'
import { IMPORTS } from '../constants'
import { workflowError } from '../workflow/workflowError'
import { importIdParam, importNotFound } from './importIdParam'
import { splitImport } from './splitImport'
import { importDraftOf } from './types'

const LAYOUTS: readonly Layout[] = ['print', 'epaper', 'web', 'app']

/** The layout asked for in the body (`{"layout":"web"}`), else the one the import was last split as. */
async function requestedLayout(req: PayloadRequest, doc: Import): Promise<Layout | undefined> {
  const body: unknown = req.json ? await req.json().catch(() => null) : null
  const asked = body && typeof body === 'object' && 'layout' in body ? body.layout : undefined
  if (asked === undefined || asked === null) return importDraftOf(doc.split)?.layout
  const layout = LAYOUTS.find((known) => known === asked)
  if (layout) return layout
  throw workflowError(`版式只能是 ${LAYOUTS.join('、')} 之一（layout must be one of ${LAYOUTS.join(', ')}）。`, 400)
}

/**
 * `POST /api/imports/:id/resplit` (body `{"layout": "web"}` optional): splits the kept paste
 * again, as the layout asked for, replacing the edits (the screen confirms first).
 */
export const resplitEndpoint: Endpoint = {
  path: '/:id/resplit',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw workflowError('请先登录。', 401)
    const id = importIdParam(req)
    const doc = await req.payload
      .findByID({ collection: IMPORTS, id, depth: 0, req, user: req.user, overrideAccess: false })
      .catch(importNotFound)
    if (doc.status !== 'split') throw workflowError('已提交或已放弃的导入不能重新拆分。', 409)
    const fields = await splitImport(req, doc.rawText, await requestedLayout(req, doc))
    const updated = await req.payload.update({
      collection: IMPORTS,
      id,
      data: fields,
      depth: 0,
      req,
      overrideAccess: true,
      context: { newsroomSystem: true },
    })
    return Response.json({ doc: updated, message: '已按原文重新拆分。' })
  },
}
