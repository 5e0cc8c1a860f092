import type { Payload } from 'payload'

import type { Delegate, Reporter } from '../../../payload-types'
import { DELEGATES, REPORTERS } from '../../constants'
import { publicReader } from '../reader'

type BySlug = { [DELEGATES]: Delegate; [REPORTERS]: Reporter }

/** A delegate's or reporter's public profile by slug, or null. */
export const findPublicBySlug = async <C extends keyof BySlug>(payload: Payload, collection: C, slug: string): Promise<BySlug[C] | null> => {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    pagination: false,
    ...publicReader,
  })
  // cast: the slug generic: Payload's find over a union of slugs loses which document type came back
  return (docs[0] as BySlug[C] | undefined) ?? null
}
