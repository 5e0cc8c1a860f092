import type { PayloadRequest } from 'payload'

import { DELEGATES, REPORTERS } from '../constants'
import { titlesFit } from '../utilities/findDelegatesNamed'
import type { Candidate, DraftReporter, Resolution } from './types'

const fits = (printed: string[], known: string[]) => printed.length === 0 || titlesFit(printed, known)

/** As many records per printed name as the review screen offers to choose from. */
const MAX_CANDIDATES = 20

export type SpeakerMatch = { delegateId: number | null; resolution: Resolution; candidates: Candidate[] }

export type NameResolver = {
  /**
   * A printed speaker against the delegates: one candidate whose titles fit → matched;
   * several (or one that does not fit) → ambiguous, the reporter chooses; none → new.
   */
  speaker: (name: string, titles: string[]) => SpeakerMatch
  /** A printed byline against the reporters, pen names included: by exact name. */
  reporter: (name: string, role: string) => DraftReporter
}

const distinct = (names: string[]) => [...new Set(names.filter((name) => name.trim()))]

/**
 * Looks up every name a split prints in two queries (delegates by name or alias, reporters by
 * name), then answers per entry from memory. A 2 MB paste prints a thousand entries: a query
 * per entry took over a minute on a busy server.
 */
export async function resolveNames(req: PayloadRequest, printed: { speakers: string[]; reporters: string[] }): Promise<NameResolver> {
  const speakerNames = distinct(printed.speakers)
  const reporterNames = distinct(printed.reporters)
  const [delegates, reporters] = await Promise.all([
    speakerNames.length
      ? req.payload.find({
          collection: DELEGATES,
          where: { or: [{ name: { in: speakerNames } }, { 'aliases.name': { in: speakerNames } }] },
          select: { name: true, aliases: true, titles: true },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
      : null,
    reporterNames.length
      ? req.payload.find({
          collection: REPORTERS,
          where: { name: { in: reporterNames } },
          select: { name: true },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
      : null,
  ])

  const candidatesByName = new Map<string, Candidate[]>()
  for (const doc of delegates?.docs ?? []) {
    const candidate: Candidate = { id: doc.id, name: doc.name, titles: (doc.titles ?? []).map((t) => t.title) }
    for (const name of new Set([doc.name, ...(doc.aliases ?? []).map((alias) => alias.name)])) {
      const list = candidatesByName.get(name) ?? []
      if (list.length < MAX_CANDIDATES) candidatesByName.set(name, [...list, candidate])
    }
  }
  const reporterIdsByName = new Map<string, number[]>()
  for (const doc of reporters?.docs ?? []) reporterIdsByName.set(doc.name, [...(reporterIdsByName.get(doc.name) ?? []), doc.id])

  return {
    speaker(name, titles) {
      const candidates = name.trim() ? (candidatesByName.get(name) ?? []) : []
      if (candidates.length === 0) return { delegateId: null, resolution: 'new', candidates }
      const fitting = candidates.filter((c) => fits(titles, c.titles))
      if (candidates.length === 1 && fitting.length === 1) return { delegateId: fitting[0]!.id, resolution: 'matched', candidates }
      return { delegateId: fitting.length === 1 ? fitting[0]!.id : null, resolution: 'ambiguous', candidates }
    },
    reporter(name, role) {
      const ids = reporterIdsByName.get(name) ?? []
      if (ids.length === 1) return { name, role, reporterId: ids[0]!, resolution: 'matched' }
      return { name, role, reporterId: null, resolution: ids.length > 1 ? 'ambiguous' : 'new' }
    },
  }
}
