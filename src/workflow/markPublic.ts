import type { PayloadRequest } from 'payload'

import { DELEGATES, MEDIA, REPORTERS } from '../constants'
import { isRecord } from '../utilities/isRecord'
import { relationId } from '../utilities/relationId'


/** Makes these delegates, reporters or photos public (those not yet); returns the ones it changed. */
export async function markPublic(req: PayloadRequest, collection: typeof DELEGATES | typeof REPORTERS | typeof MEDIA, refs: unknown[]) {
  const ids = [...new Set(refs.map(relationId).filter((id): id is number => id !== null))]
  if (!ids.length) return []
  const { docs } = await req.payload.update({
    collection,
    where: { and: [{ id: { in: ids } }, { public: { equals: false } }] },
    data: { public: true },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs
}

/** Every photo a document points at: upload fields and upload nodes in rich text (`{ relationTo: 'media', value }`). */
export const mediaIn = (value: unknown, found: unknown[] = []): unknown[] => {
  if (Array.isArray(value)) value.forEach((item) => mediaIn(item, found))
  else if (isRecord(value)) {
    if (value.relationTo === MEDIA && value.value !== undefined) found.push(value.value)
    Object.values(value).forEach((item) => mediaIn(item, found))
  }
  return found
}
