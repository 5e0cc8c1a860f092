import type { CollectionBeforeDeleteHook } from 'payload'

import { STATEMENTS } from '../constants'
import { workflowError } from './workflowError'

/**
 * A statement's article and speaker are never left dangling (the database refuses it too, by
 * foreign key): deleting an article or a delegate that statements point at is refused with 409.
 */
export const refuseDeleteWhileQuoted = (field: 'article' | 'speaker', message: (count: number) => string): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const { totalDocs } = await req.payload.count({ collection: STATEMENTS, where: { [field]: { equals: id } }, overrideAccess: true, req })
    if (totalDocs > 0) throw workflowError(message(totalDocs), 409)
  }
