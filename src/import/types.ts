import type { Layout } from '../split'

// The editable result of an import, stored on the import as JSON and edited on the review screen.

/** How a printed name was matched: one fitting record, several to choose from, or none (a new one). */
export type Resolution = 'matched' | 'ambiguous' | 'new'

export type Candidate = { id: number; name: string; titles: string[] }

export type DraftReporter = {
  name: string
  /** Role as printed: 记者, 通讯员, 摄影, 编辑. */
  role: string
  reporterId: number | null
  resolution: Resolution
}

export type DraftEntry = {
  /** Stable across edits, for the review screen. */
  key: string
  headline: string | null
  speaker: { name: string; titles: string[] } | null
  /** The delegate this entry will be linked to; null with resolution `new` proposes one. */
  delegateId: number | null
  resolution: Resolution | null
  candidates: Candidate[]
  reporters: DraftReporter[]
  paragraphs: string[]
  /** Where the entry starts in the source text, for provenance and the review screen. */
  offset: number | null
  /** Where it ends, and each paragraph's span (the splitter's offsets; absent on entries added by hand). */
  end?: number | null
  paragraphSpans?: { start: number; end: number }[]
}

export type ImportDraft = {
  /** The layout the paste was read as (found, or chosen by the reporter on the review screen). */
  layout?: Layout
  title: string | null
  intro: string[]
  entries: DraftEntry[]
  outro: string[]
}

/**
 * The stored draft (an import's `split`, a JSON field) as an ImportDraft, or null when it has
 * none. Only splitImport and the review screen write it: the spine is checked, not every entry.
 */
export const importDraftOf = (value: unknown): ImportDraft | null =>
  isImportDraft(value) ? value : null

const isImportDraft = (value: unknown): value is ImportDraft =>
  typeof value === 'object' && value !== null && 'entries' in value && Array.isArray(value.entries) &&
  'intro' in value && Array.isArray(value.intro) && 'outro' in value && Array.isArray(value.outro)
