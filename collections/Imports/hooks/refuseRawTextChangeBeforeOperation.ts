import type { CollectionBeforeOperationHook } from 'payload'

import { IMPORTS } from '../../../src/constants'
import { workflowError } from '../../../src/workflow/workflowError'
import { isRecord } from '../../../src/utilities/isRecord'

/**
 * The paste is kept verbatim: an update that tries to change it is refused with a reason,
 * before field access would quietly drop the new text.
 */
export const refuseRawTextChangeBeforeOperation: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'updateByID') return args
  const data: unknown = 'data' in args ? args.data : undefined
  const rawText = isRecord(data) ? data.rawText : undefined
  const id = 'id' in args && (typeof args.id === 'number' || typeof args.id === 'string') ? args.id : undefined
  if (rawText === undefined || id === undefined) return args
  const current = await req.payload.findByID({ collection: IMPORTS, id, depth: 0, overrideAccess: true, req, select: { rawText: true } })
  if (current.rawText !== rawText) throw workflowError('原文在导入后不能修改：如需改动，请新建一次导入。', 400)
  return args
}
