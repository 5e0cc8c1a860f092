import type { Payload } from 'payload'

import type { Statement } from '../../../payload-types'
import { STATEMENTS } from '../../constants'
import { parseId } from '../../security/parseId'
import { publicReader, type Reader } from '../reader'

/** One statement with its speaker, bylines and article (each only if the reader may see it), or null. */
export const findStatementById = async (payload: Payload, id: number, reader: Reader = publicReader): Promise<Statement | null> => {
  if (parseId(id) === null) return null
  const { docs } = await payload.find({
    collection: STATEMENTS,
    where: { id: { equals: id } },
    limit: 1,
    depth: 1,
    pagination: false,
    populate: { articles: { title: true, slug: true, source: true, publishedAt: true } },
    ...reader,
  })
  return docs[0] ?? null
}
