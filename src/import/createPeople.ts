import type { PayloadRequest } from 'payload'

import { creditFromPrinted, DELEGATES, REPORTERS } from '../constants'
import { workflowError } from '../workflow/workflowError'
import type { DraftEntry, ImportDraft } from './types'

type Byline = { reporter: number; credit: ReturnType<typeof creditFromPrinted> }

/**
 * Creates the delegates and reporters an import proposes (resolution `new`) and answers
 * which record each entry links to. Refuses an undecided speaker: the reporter chooses first.
 * New people are staff-only (`public: false`) until a statement of theirs is published.
 */
export async function createPeople(req: PayloadRequest, draft: ImportDraft) {
  const options = { req, overrideAccess: true, depth: 0, context: { newsroomSystem: true } } as const
  for (const [index, entry] of draft.entries.entries()) {
    if (!entry.speaker) continue
    if (!entry.speaker.name.trim()) throw workflowError(`第 ${index + 1} 条发言的发言人姓名为空：请补填后再提交。`, 400)
    if (entry.resolution === 'ambiguous' && !entry.delegateId) {
      throw workflowError(`第 ${index + 1} 条发言人“${entry.speaker.name}”有多个同名人物：请先选定是哪一位，或选择新建。`, 400)
    }
  }

  const delegates = new Map<DraftEntry, number>()
  for (const entry of draft.entries) {
    if (!entry.speaker) continue
    if (entry.delegateId) {
      delegates.set(entry, entry.delegateId)
      continue
    }
    const created = await req.payload.create({
      collection: DELEGATES,
      data: { name: entry.speaker.name, titles: entry.speaker.titles.map((title) => ({ title })), public: false },
      ...options,
    })
    delegates.set(entry, created.id)
  }

  const reporters = new Map<string, number>()
  for (const reporter of draft.entries.flatMap((entry) => entry.reporters)) {
    if (reporters.has(reporter.name)) continue
    const id =
      reporter.reporterId ??
      (await req.payload.create({ collection: REPORTERS, data: { name: reporter.name, defaultCredit: creditFromPrinted(reporter.role), public: false }, ...options })).id
    reporters.set(reporter.name, id)
  }

  const bylinesFor = (entry: DraftEntry): Byline[] =>
    entry.reporters.map((r) => ({ reporter: reporters.get(r.name)!, credit: creditFromPrinted(r.role) }))
  const seen = new Set<number>()
  const articleBylines = draft.entries.flatMap(bylinesFor).filter((b) => !seen.has(b.reporter) && seen.add(b.reporter))
  return { delegateFor: (entry: DraftEntry) => delegates.get(entry) ?? null, bylinesFor, articleBylines }
}
