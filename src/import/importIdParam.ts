import { NotFound, type PayloadRequest } from 'payload'

import { parseId } from '../security/parseId'
import { workflowError } from '../workflow/workflowError'

/** The `:id` of `/api/imports/:id/…`, or a 400 the desk can read. */
export const importIdParam = (req: PayloadRequest): number => {
  const id = parseId(req.routeParams?.id)
  if (id === null) throw workflowError('导入编号无效：应为正整数。', 400)
  return id
}

/** Payload's "not found" (also what a reporter gets for someone else's import) in the desk's words. */
export const importNotFound = (error: unknown): never => {
  if (error instanceof NotFound) throw workflowError('找不到这次导入（可能已删除，或你无权查看）。', 404)
  throw error
}
