import type { CollectionBeforeChangeHook } from 'payload'

import { IMPORTS } from '../../../src/constants'
import { contentHash, splitImport } from '../../../src/import/splitImport'
import { workflowError } from '../../../src/workflow/workflowError'

/**
 * On create: refuses a paste already imported (pointing at the existing import), then splits
 * it. On update: the paste itself can never change; everything else is the reporter's edit,
 * until the import is committed; then only an admin's archiving (status field access) changes it.
 */
export const splitImportBeforeChange: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update') {
    if (data.rawText !== undefined && data.rawText !== originalDoc?.rawText) {
      throw workflowError('原文在导入后不能修改：如需改动，请新建一次导入。', 400)
    }
    const archiving = originalDoc?.status === 'committed' && data.status === 'archived'
    if ((originalDoc?.status === 'committed' || originalDoc?.status === 'archived') && !archiving && !req.context.newsroomSystem) {
      throw workflowError('这次导入已经提交成稿件，不能再修改：请直接编辑生成的稿件。', 400)
    }
    return data
  }
  const hash = contentHash(String(data.rawText ?? ''))
  const { docs } = await req.payload.find({
    collection: IMPORTS,
    where: { contentHash: { equals: hash } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: { status: true },
  })
  if (docs[0]) {
    throw workflowError(`这段文字已经导入过（导入记录 #${docs[0].id}），请打开原来的导入继续处理。`, 409, { existingId: docs[0].id })
  }
  return { ...data, contentHash: hash, status: 'split', ...(await splitImport(req, data.rawText)) }
}
