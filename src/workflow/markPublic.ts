import type { PayloadRequest } from 'payload'

import { DELEGATES, MEDIA, REPORTERS } from '../constants'

type Ref = number | { id: number } | null | undefined

export const idOf = (ref: Ref | unknown): number | null =>
  typeof ref === 'number' ? ref : typeof ref === 'object' && ref && typeof (ref as { id?: unknown }).id === 'number' ? (ref as { id: number }).id : null

/** Makes these delegates, reporters or photos public (those not yet); returns the ones it changed. */
export async function markPublic(req: PayloadRequest, collection: typeof DELEGATES | typeof REPORTERS | typeof MEDIA, refs: unknown[]) {
  const ids = [...new Set(refs.map(idOf).filter((id): id is number => id !== null))]
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
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (record.relationTo === MEDIA && record.value !== undefined) found.push(record.value)
    Object.values(record).forEach((item) => mediaIn(item, found))
  }
  return found
}
