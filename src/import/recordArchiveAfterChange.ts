import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '../workflow/recordAuditAfterChange'

/** An admin archiving a committed import (the only way one leaves the list) is audited. */
export const recordArchiveAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (operation === 'update' && doc.status === 'archived' && previousDoc?.status !== 'archived') {
    await recordAudit(req, { collectionSlug: collection.slug, documentId: String(doc.id), action: 'archive' })
  }
  return doc
}
