import type { PayloadRequest } from 'payload'

import { REPORTERS } from '../constants'
import { findDelegatesNamed, titlesFit } from '../utilities/findDelegatesNamed'
import type { Candidate, DraftReporter, Resolution } from './types'

const fits = (printed: string[], known: string[]) => printed.length === 0 || titlesFit(printed, known)

/**
 * A printed speaker against the delegates: one candidate whose titles fit → matched;
 * several (or one that does not fit) → ambiguous, the reporter chooses; none → new.
 */
type SpeakerResolution = { delegateId: number | null; resolution: Resolution; candidates: Candidate[] }

export async function resolveSpeaker(req: PayloadRequest, name: string, titles: string[]): Promise<SpeakerResolution> {
  if (!name.trim()) return { delegateId: null, resolution: 'new', candidates: [] }
  const docs = await findDelegatesNamed(req, name)
  const candidates: Candidate[] = docs.map((doc) => ({
    id: doc.id,
    name: doc.name,
    titles: (doc.titles ?? []).map((t) => t.title),
  }))
  const fitting = candidates.filter((c) => fits(titles, c.titles))
  if (candidates.length === 0) return { delegateId: null, resolution: 'new', candidates }
  if (candidates.length === 1 && fitting.length === 1) return { delegateId: fitting[0]!.id, resolution: 'matched', candidates }
  return { delegateId: fitting.length === 1 ? fitting[0]!.id : null, resolution: 'ambiguous', candidates }
}

/** A printed byline against the reporters, pen names included: by exact name. */
export async function resolveReporter(req: PayloadRequest, name: string, role: string): Promise<DraftReporter> {
  const { docs } = await req.payload.find({
    collection: REPORTERS,
    where: { name: { equals: name } },
    depth: 0,
    limit: 5,
    overrideAccess: true,
    req,
  })
  if (docs.length === 1) return { name, role, reporterId: docs[0]!.id, resolution: 'matched' }
  return { name, role, reporterId: null, resolution: docs.length > 1 ? 'ambiguous' : 'new' }
}
