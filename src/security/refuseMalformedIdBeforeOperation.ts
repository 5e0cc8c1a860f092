import type { CollectionBeforeOperationHook } from 'payload'

import { workflowError } from '../workflow/workflowError'
import { parseId } from './parseId'

/**
 * `GET /api/statements/abc` reached Postgres and answered 500: an id that is not a positive
 * integer in the column's range is refused first, with a 400 the desk can read. Collections with
 * an id field of their own (text ids) are left alone.
 */
export const refuseMalformedIdBeforeOperation: CollectionBeforeOperationHook = ({ args, collection }) => {
  const id: unknown = 'id' in args ? args.id : undefined
  if (id === undefined || id === null || collection.fields.some((field) => 'name' in field && field.name === 'id')) return args
  if (parseId(id) === null) throw workflowError('文档编号无效：应为正整数。', 400)
  return args
}
