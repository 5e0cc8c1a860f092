import type { DraftEntry, DraftReporter, ImportDraft } from '../types'

// Pure edits of the draft an import holds: each returns a new draft, the input untouched.

let counter = 0
/** A key no other entry has, for a card made on this screen. */
const newKey = () => `n${Date.now().toString(36)}${(counter++).toString(36)}`

export const emptyEntry = (paragraphs: string[] = [''], reporters: DraftReporter[] = []): DraftEntry => ({
  key: newKey(),
  headline: null,
  speaker: null,
  delegateId: null,
  resolution: null,
  candidates: [],
  reporters,
  paragraphs,
  offset: null,
})

const withEntries = (draft: ImportDraft, entries: DraftEntry[]): ImportDraft => ({ ...draft, entries })

export const updateEntry = (draft: ImportDraft, index: number, patch: Partial<DraftEntry>): ImportDraft =>
  withEntries(draft, draft.entries.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)))

/** A blank entry after `index` (-1: first), carrying the byline of the entry before it. */
export const addEntry = (draft: ImportDraft, index: number): ImportDraft => {
  const entries = [...draft.entries]
  entries.splice(index + 1, 0, emptyEntry([''], draft.entries[index]?.reporters ?? []))
  return withEntries(draft, entries)
}

export const removeEntry = (draft: ImportDraft, index: number): ImportDraft =>
  withEntries(draft, draft.entries.filter((_, i) => i !== index))

/** Entry `index` and the next become one: headline and speaker of the first (else the second), all paragraphs, both bylines. */
export const mergeWithNext = (draft: ImportDraft, index: number): ImportDraft => {
  const first = draft.entries[index]
  const second = draft.entries[index + 1]
  if (!first || !second) return draft
  const names = new Set(first.reporters.map((r) => r.name))
  const merged: DraftEntry = {
    ...(first.speaker ? first : { ...first, speaker: second.speaker, delegateId: second.delegateId, resolution: second.resolution, candidates: second.candidates }),
    headline: first.headline ?? second.headline,
    reporters: [...first.reporters, ...second.reporters.filter((r) => !names.has(r.name))],
    paragraphs: [...first.paragraphs, ...second.paragraphs],
  }
  const entries = [...draft.entries]
  entries.splice(index, 2, merged)
  return withEntries(draft, entries)
}

/** Splits entry `index` before paragraph `at`: the rest becomes a new entry (same byline, no speaker yet). */
export const splitEntryAt = (draft: ImportDraft, index: number, at: number): ImportDraft => {
  const entry = draft.entries[index]
  if (!entry || at <= 0 || at >= entry.paragraphs.length) return draft
  const entries = [...draft.entries]
  entries.splice(index, 1, { ...entry, paragraphs: entry.paragraphs.slice(0, at) }, emptyEntry(entry.paragraphs.slice(at), entry.reporters))
  return withEntries(draft, entries)
}

/** "作为一条发言导入": one entry of the intro and outro paragraphs, or of the whole text, a paragraph a line. */
export const asOneEntry = (draft: ImportDraft, sourceText: string): ImportDraft => {
  const kept = [...draft.intro, ...draft.outro].filter((p) => p.trim())
  const paragraphs = kept.length ? kept : sourceText.split(/\n+/).map((p) => p.trim()).filter(Boolean)
  return { ...draft, intro: [], outro: [], entries: [emptyEntry(paragraphs.length ? paragraphs : [''])] }
}
