import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { IMPORTS } from '../../../src/constants'
import { contentHash, splitImport } from '../../../src/import/splitImport'
import { workflowError } from '../../../src/workflow/workflowError'

/**
 * The refusal of a paste already imported: the caller who may read the first import (its
 * reporter, editors) is pointed at it; anyone else learns only that it exists, not its id.
 */
const alreadyImported = async (req: PayloadRequest, existingId: number) => {
  const { totalDocs } = await req.payload.count({ collection: IMPORTS, where: { id: { equals: existingId } }, overrideAccess: false, user: req.user, req })
  return totalDocs
    ? workflowError(`这段文字已经导入过（导入记录 #${existingId}），请打开原来的导入继续处理。`, 409, { existingId })
    : workflowError('这段文字已经导入过，由其他同事处理中；如需协助，请联系值班编辑。', 409)
}

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
  if (docs[0]) throw await alreadyImported(req, docs[0].id)
  return { ...data, contentHash: hash, status: 'split', ...(await splitImport(req, data.rawText)) }
}
