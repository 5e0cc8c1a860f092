import { diffArrays, diffWords } from 'diff'

/** A run of text on one side of a diff; `changed` marks words removed (left) or added (right). */
export type Piece = { text: string; changed: boolean }

/** One line of a side-by-side diff: the old text left, the new right; `null` where a side has none. */
export type ChangedRow = {
  /** 1-based paragraph numbers on each side (a single-line field is paragraph 1). */
  at: { before: number | null; after: number | null }
  before: Piece[] | null
  after: Piece[] | null
}

// Chinese has no spaces between words: the segmenter's dictionary finds them (通篇|贯穿|战略|思维),
// so a changed word is marked whole rather than character by character.
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

const whole = (text: string): Piece[] => [{ text, changed: true }]

/** Two versions of one text, word by word: `政府工作报告通篇贯穿` → `政府工作报告全篇贯穿` marks 通篇 and 全篇. */
export const diffText = (before: string, after: string, at: ChangedRow['at'] = { before: 1, after: 1 }): ChangedRow => {
  const parts = diffWords(before, after, { intlSegmenter: segmenter })
  return {
    at,
    before: parts.filter((part) => !part.added).map((part) => ({ text: part.value, changed: part.removed })),
    after: parts.filter((part) => !part.removed).map((part) => ({ text: part.value, changed: part.added })),
  }
}

/**
 * Two lists of paragraphs: only the changed ones, each beside its counterpart. Paragraphs are
 * matched whole first (a paragraph moved or inserted does not mark everything after it); a run
 * of removed paragraphs followed by a run of added ones is an edit, paired in order and diffed
 * word by word; what is left over is a paragraph removed (left only) or added (right only).
 */
export const diffParagraphs = (before: string[], after: string[]): ChangedRow[] => {
  const rows: ChangedRow[] = []
  const parts = diffArrays(before, after)
  let left = 0
  let right = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    if (!part.added && !part.removed) {
      left += part.count
      right += part.count
      continue
    }
    const removed = part.removed ? part.value : []
    const next = parts[i + 1]
    const added = part.added ? part.value : next?.added ? next.value : []
    if (part.removed && next?.added) i++
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const old = removed[k]
      const now = added[k]
      const at = { before: old === undefined ? null : left + k + 1, after: now === undefined ? null : right + k + 1 }
      if (old !== undefined && now !== undefined) rows.push(diffText(old, now, at))
      else rows.push({ at, before: old === undefined ? null : whole(old), after: now === undefined ? null : whole(now) })
    }
    left += removed.length
    right += added.length
  }
  return rows
}
