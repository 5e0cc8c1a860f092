import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { ARTICLES, IMPORTS, STATEMENTS } from '../constants'
import { workflowError } from '../workflow/workflowError'
import { createPeople } from './createPeople'
import { lockImport } from './lockImport'
import { toLexical } from './toLexical'
import { importDraftOf } from './types'

export type CommitFaults = {
  /** Called after each statement is written (1-based); a throw here must undo everything. */
  afterStatement?: (count: number) => void | Promise<void>
}

const SYSTEM = { newsroomSystem: true }

/**
 * Commits an import in ONE transaction: new reporters and delegates, the article (stage
 * in review), its statements in order with provenance, and the import marked committed.
 * Idempotent: a committed import returns its article and writes nothing.
 */
export async function commitImport({ req, id, faults }: { req: PayloadRequest; id: number; faults?: CommitFaults }) {
  const startedHere = await initTransaction(req)
  try {
    await lockImport(req, id)
    // Read as the caller: someone else's import is not found for a reporter.
    const doc = await req.payload.findByID({ collection: IMPORTS, id, depth: 0, req, user: req.user, overrideAccess: false })
    if ((doc.status === 'committed' || doc.status === 'archived') && doc.article) {
      if (startedHere) await commitTransaction(req)
      return { article: typeof doc.article === 'object' ? doc.article.id : doc.article, created: false }
    }
    if (doc.status === 'discarded') throw workflowError('这次导入已放弃，不能提交。', 409)
    const draft = importDraftOf(doc.split)
    if (!draft?.entries?.length) throw workflowError('没有可提交的分段：请至少保留一条发言，或选择“作为一条发言导入”。', 400)

    const people = await createPeople(req, draft)
    // Every write below is the system's, inside the caller's transaction.
    const asSystem = { depth: 0, req, overrideAccess: true, context: SYSTEM } as const
    const owner = typeof doc.owner === 'object' ? doc.owner?.id : doc.owner
    const article = await req.payload.create({
      collection: ARTICLES,
      data: {
        title: draft.title?.trim() || draft.entries[0]?.headline || '未命名稿件',
        source: { publication: doc.source?.publication, editionDate: doc.source?.editionDate, page: doc.source?.page },
        intro: draft.intro.length ? toLexical(draft.intro) : undefined,
        outro: draft.outro.length ? toLexical(draft.outro) : undefined,
        bylines: people.articleBylines,
        stage: 'in_review',
        owner,
      },
      ...asSystem,
    })
    for (const [position, entry] of draft.entries.entries()) {
      await req.payload.create({
        collection: STATEMENTS,
        data: {
          headline: entry.headline,
          article: article.id,
          position,
          speaker: people.delegateFor(entry),
          speakerName: entry.speaker?.name,
          speakerTitles: (entry.speaker?.titles ?? []).map((title) => ({ title })),
          body: toLexical(entry.paragraphs),
          bylines: people.bylinesFor(entry),
          provenance: { importId: String(id), start: entry.offset, end: draft.entries[position + 1]?.offset ?? null },
          stage: 'in_review',
          owner,
        },
        ...asSystem,
      })
      await faults?.afterStatement?.(position + 1)
    }
    await req.payload.update({
      collection: IMPORTS,
      id,
      data: { status: 'committed', article: article.id },
      ...asSystem,
    })
    if (startedHere) await commitTransaction(req)
    return { article: article.id, created: true }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
