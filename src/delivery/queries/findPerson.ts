import type { Payload } from 'payload'

import type { Delegate, Statement } from '../../../payload-types'
import { DELEGATES, STATEMENTS } from '../../constants'
import { publicReader } from '../reader'

/** A delegate (public profile) by slug, or null. */
export const findDelegateBySlug = async (payload: Payload, slug: string): Promise<Delegate | null> => {
  const { docs } = await payload.find({
    collection: DELEGATES,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    pagination: false,
    ...publicReader,
  })
  return docs[0] ?? null
}

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
