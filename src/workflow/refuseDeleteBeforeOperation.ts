import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../access/hasRole'
import { workflowError } from './workflowError'

/**
 * Says in Chinese why a delete of an article or statement is refused, before Payload's access
 * check (`deleteNeverPublished`) refuses it with a bare 403: once published, a piece is
 * unpublished or retracted; a reporter deletes only a draft never submitted.
 */
export const refuseDeleteBeforeOperation: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = 'id' in args && (typeof args.id === 'number' || typeof args.id === 'string') ? args.id : undefined
  const overrideAccess = 'overrideAccess' in args && args.overrideAccess === true
  if (operation !== 'delete' || id === undefined || overrideAccess || !req.user || hasRole(req.user, 'admin')) return args
  const doc = await req.payload.findByID({ collection: collection.slug, id, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!doc) return args
  if (('publishedAt' in doc && doc.publishedAt) || ('_status' in doc && doc._status === 'published')) {
    throw workflowError('已发布过的稿件不能删除：请「撤下」或「撤回」（公开说明原因）。只有管理员可以删除。（a piece once published is unpublished or retracted, not deleted）')
  }
  if (!hasRole(req.user, 'editor') && (('stage' in doc && doc.stage !== 'draft') || ('submittedAt' in doc && doc.submittedAt))) {
    throw workflowError('记者只能删除自己从未提交审核的草稿；提交过的稿件请联系编辑处理。（a reporter deletes only a draft never submitted）')
  }
  return args
}
