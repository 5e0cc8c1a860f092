import type { Endpoint } from 'payload'

import { workflowError } from '../workflow/workflowError'
import { commitImport } from './commitImport'
import { importIdParam, importNotFound } from './importIdParam'

/** `POST /api/imports/:id/commit`: the import's reporter, editors and admins. */
export const commitEndpoint: Endpoint = {
  path: '/:id/commit',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw workflowError('请先登录再提交导入。', 401)
    const id = importIdParam(req)
    const { article, created } = await commitImport({ req, id }).catch(importNotFound)
    return Response.json({
      article,
      created,
      message: created ? '已提交：稿件和各条发言已进入待审。' : '这次导入早已提交，未重复创建。',
    })
  },
}
