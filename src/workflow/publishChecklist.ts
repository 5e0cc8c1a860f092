import { STAGE_LABELS, type Stage, stageOf } from './stages'

/** What the checklist needs of a statement (the newest version, draft or not). */
export type ChecklistStatement = { id: number | string; headline?: string | null; speakerName?: string | null; position?: number | null; stage?: string | null }

export type PublishChecklist = {
  /** Statements that go public with the article (approved now, or already published). */
  ready: ChecklistStatement[]
  /** Statements still waiting for a decision (in review): the article waits for them. */
  missing: ChecklistStatement[]
  /** Statements held back (returned to draft, retracted): they stay off the page. */
  heldBack: ChecklistStatement[]
  /** Whether publishing now is allowed: nothing undecided, and not an empty roundup. */
  publishable: boolean
}

const READY: Stage[] = ['approved', 'published']
const isReady = (stage: unknown): boolean => READY.some((ready) => ready === stage)

// A roundup is published whole or not at all (issue 15): a statement still in review blocks the
// article (approve it, or return it to hold it back), and an article whose statements are all
// held back would go public empty. An article with no statements at all (not a roundup) passes.
export function publishChecklist(statements: ChecklistStatement[]): PublishChecklist {
  const byPosition = [...statements].sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
  const ready = byPosition.filter((s) => isReady(s.stage))
  const missing = byPosition.filter((s) => s.stage === 'in_review')
  const heldBack = byPosition.filter((s) => !isReady(s.stage) && s.stage !== 'in_review')
  const publishable = missing.length === 0 && (statements.length === 0 || ready.length > 0)
  return { ready, missing, heldBack, publishable }
}

/** One line per statement: `第 2 条 刘波「小标题」（待审）`. Positions count from 1 as people do. */
export function describeStatement(statement: ChecklistStatement, language: 'zh' | 'en'): string {
  const number = (statement.position ?? 0) + 1
  const who = statement.speakerName ? ` ${statement.speakerName}` : ''
  const headline = statement.headline ? (language === 'zh' ? `「${statement.headline}」` : ` “${statement.headline}”`) : ''
  const stage = STAGE_LABELS[stageOf(statement.stage) ?? 'draft'][language]
  return language === 'zh' ? `第 ${number} 条${who}${headline}（${stage}）` : `No. ${number}${who}${headline} (${stage})`
}

/** The server's refusal: Chinese, with the English gloss the admin shows in English. */
export function checklistRefusal(checklist: PublishChecklist): string {
  if (checklist.missing.length > 0) {
    const list = checklist.missing.map((s) => describeStatement(s, 'zh')).join('；')
    return `这篇稿件还不能发布：${checklist.missing.length} 条发言还没有审核：${list}。请审核通过或退回后再发布。（not published: ${checklist.missing.length} statement(s) still in review）`
  }
  return '这篇稿件还不能发布：它的发言都没有审核通过，发布出去会是一篇空稿。（not published: no approved statement, the article would be empty）'
}
