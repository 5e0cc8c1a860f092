import type { Payload } from 'payload'

import type { Statement } from '../../../payload-types'
import { DELEGATES, STATEMENTS } from '../../constants'
import { publicReader } from '../reader'
import { findPublicBySlug } from './findPublicBySlug'

/** A delegate (public profile) by slug, or null. */
export const findDelegateBySlug = (payload: Payload, slug: string) => findPublicBySlug(payload, DELEGATES, slug)

/** All of a speaker's published statements, newest first, each with its article's title and slug. */
export const findStatementsBySpeaker = async (payload: Payload, delegateId: number, limit = 500): Promise<Statement[]> => {
  const { docs } = await payload.find({
    collection: STATEMENTS,
    where: { speaker: { equals: delegateId } },
    sort: '-publishedAt',
    limit,
    depth: 1,
    populate: { articles: { title: true, slug: true, source: true, publishedAt: true }, delegates: { name: true, slug: true } },
    ...publicReader,
  })
  return docs
}
