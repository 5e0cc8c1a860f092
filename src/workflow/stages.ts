import type { Role } from '../constants'

// The editorial stages of an article or statement (DESIGN.md section 3).
export const STAGES = ['draft', 'in_review', 'approved', 'published', 'retracted'] as const
export type Stage = (typeof STAGES)[number]

export const STAGE_LABELS: Record<Stage, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  in_review: { zh: '待审', en: 'In review' },
  approved: { zh: '已审核', en: 'Approved' },
  published: { zh: '已发布', en: 'Published' },
  retracted: { zh: '已撤回', en: 'Retracted' },
}

type Transition = { from: Stage; to: Stage; roles: Role[]; name: string }

// Every move a piece can make, and who may make it. Anything not listed is refused.
export const TRANSITIONS: Transition[] = [
  { from: 'draft', to: 'in_review', roles: ['reporter', 'editor', 'admin'], name: 'submit' },
  { from: 'in_review', to: 'draft', roles: ['reporter', 'editor', 'admin'], name: 'return' },
  { from: 'in_review', to: 'approved', roles: ['editor', 'admin'], name: 'approve' },
  { from: 'approved', to: 'in_review', roles: ['editor', 'admin'], name: 'reopen' },
  { from: 'approved', to: 'draft', roles: ['editor', 'admin'], name: 'return' },
  { from: 'approved', to: 'published', roles: ['editor', 'admin'], name: 'publish' },
  { from: 'in_review', to: 'published', roles: ['editor', 'admin'], name: 'publish' },
  { from: 'draft', to: 'published', roles: ['editor', 'admin'], name: 'publish' },
  { from: 'published', to: 'approved', roles: ['editor', 'admin'], name: 'unpublish' },
  { from: 'published', to: 'retracted', roles: ['editor', 'admin'], name: 'retract' },
  { from: 'retracted', to: 'published', roles: ['admin'], name: 'reinstate' },
]

export const findTransition = (from: Stage, to: Stage): Transition | undefined =>
  TRANSITIONS.find((transition) => transition.from === from && transition.to === to)

/** Stages whose content the public may see (the URL stays, lists and feeds drop retracted). */
export const PUBLIC_STAGES: Stage[] = ['published', 'retracted']

/** A stage read from stored data (`stage` of a row, a version, a form), or null when it is not one. */
export const stageOf = (value: unknown): Stage | null => STAGES.find((stage) => stage === value) ?? null
