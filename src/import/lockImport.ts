import type { PayloadRequest } from 'payload'

import type { Import } from '../../payload-types'
import { IMPORTS } from '../constants'

/**
 * Takes the import's row lock inside the request's transaction, so two commits of one
 * import at the same moment run one after the other and the second finds it committed.
 *
 * No Local API call takes a row lock without changing the row, and Payload's transaction
 * helpers offer no way to run SQL inside a transaction. An UPDATE locks its row until the
 * transaction ends, so this is one through the adapter's public `updateOne` on the request's
 * transaction (`req`) that changes nothing: it writes back the content hash, which never
 * changes after the import is created (so reading it first is no race), and `updatedAt: null`
 * tells the Drizzle adapter to leave the timestamp as it is. A repeated commit writes nothing.
 */
export async function lockImport(req: PayloadRequest, id: number): Promise<void> {
  const found = await req.payload.db.findOne<Pick<Import, 'id' | 'contentHash'>>({ collection: IMPORTS, where: { id: { equals: id } }, select: { contentHash: true }, req })
  // A missing import is the caller's to report (its own read finds nothing).
  if (!found) return
  await req.payload.db.updateOne({ collection: IMPORTS, id, data: { contentHash: found.contentHash, updatedAt: null }, req, returning: false })
}
