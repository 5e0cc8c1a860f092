import { isCloser, isControl, isInvisible, isSentenceEnd, isSpaceLike } from './charClass'
import { addRepair } from './repairLog'
import { fromPieces, sourceAt } from './sourceText'
import type { RepairKind, Report, SourceText } from './types'

// Pass 3: one line without indentation, invisible characters and markdown markers.

export interface CleanLine {
  src: SourceText
  /** Number of leading `#` markers (0 when none). */
  level: number
}

function repair(report: Report, kind: RepairKind, input: string, from: number, to: number, after = ''): void {
  if (to > from) addRepair(report, input, kind, from, to, after)
}

// bullets a web page or an e-paper opens a paragraph with
const BULLETS = '☆★■□•●◆◇▲△▶►'

// `*`, NBSP, U+200B–U+200D, U+2060, BOM, control characters: what the inline pass may change
const INLINE_MARK = /[*\u00a0\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000e-\u001f\u007f]/g

/** `"甲\n乙*"`, 0 → 3: offset of the first inline mark at or after `from`, or the input length. */
export function nextInlineMark(input: string, from: number): number {
  INLINE_MARK.lastIndex = from
  return INLINE_MARK.exec(input)?.index ?? input.length
}

/** `"**粗体**"`, U+200B, BOM or NBSP: a character the inline pass changes. */
function isInlineMark(c: number): boolean {
  return c === 0x2a || c === 0xa0 || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || isControl(c)
}

/**
 * `"　　## 标题\u200b"` → text "标题", level 2, with repairs for the indent, marker and U+200B.
 * `nextMark`, when the caller knows it (see nextInlineMark), saves scanning the line for inline marks.
 */
export function cleanLine(input: string, start: number, end: number, report: Report, nextMark = start): CleanLine {
  let p = start
  let q = end
  while (p < q && isSpaceLike(input.charCodeAt(p))) p++
  while (q > p && isSpaceLike(input.charCodeAt(q - 1))) q--
  if (p === q) return { src: sourceAt(start, ''), level: 0 }
  repair(report, 'whitespace', input, start, p)
  repair(report, 'whitespace', input, q, end)
  q = dropTrailingBar(input, p, q, report)
  // "**## 标题**": bold markers before the heading markers
  while (p + 1 < q && input.charCodeAt(p) === 0x2a && input.charCodeAt(p + 1) === 0x2a) {
    let k = p + 2
    while (k < q && isSpaceLike(input.charCodeAt(k))) k++
    repair(report, 'marker', input, p, k)
    p = k
  }
  if (p === q) return { src: sourceAt(start, ''), level: 0 }
  // "☆荆州市人大代表…", "■特派记者 潘高峰", "□本報記者 康民": a bullet opening the line goes, like a `#`
  if (p < q && BULLETS.includes(input[p] as string)) {
    let k = p + 1
    while (k < q && isSpaceLike(input.charCodeAt(k))) k++
    if (k < q) {
      repair(report, 'marker', input, p, k)
      p = k
    }
  }
  // "## 标题": heading markers followed by a space
  let level = 0
  let h = p
  while (h < q && h - p < 6 && input.charCodeAt(h) === 0x23) h++
  if (h > p && h < q && isSpaceLike(input.charCodeAt(h))) {
    level = h - p
    while (h < q && isSpaceLike(input.charCodeAt(h))) h++
    repair(report, 'marker', input, p, h)
    p = h
  }
  // most lines have nothing inline to change: one slice of the input, no copy
  // (a mark known to be past the line, as most are, means nothing to scan)
  let first = Math.max(p, nextMark)
  while (first < q && !isInlineMark(input.charCodeAt(first))) first++
  if (first >= q) return { src: sourceAt(p, input.slice(p, q)), level }
  const src = cleanInline(input, p, first, q, report)
  if (!isSpaceLike(src.text.charCodeAt(0)) && !isSpaceLike(src.text.charCodeAt(src.text.length - 1))) return { src, level }
  return { src: trimSource(src), level }
}

/** `…出謀劃策。 |` → the line's end before the `|` a page's link bar left after its last sentence (a chrome repair). */
function dropTrailingBar(input: string, p: number, q: number, report: Report): number {
  const bar = input.charCodeAt(q - 1)
  if ((bar !== 0x7c && bar !== 0xff5c) || q - p < 3 || !isSpaceLike(input.charCodeAt(q - 2))) return q
  let k = q - 2
  while (k > p && isSpaceLike(input.charCodeAt(k - 1))) k--
  const c = input.charCodeAt(k - 1)
  if (!isSentenceEnd(c) && !isCloser(c)) return q
  repair(report, 'chrome', input, k, q)
  return k
}

/** `"**粗体**工\u200b作\u00a0"`: markers, U+200B and controls (`\u0007`) dropped, NBSP made a plain space, from `first` on. */
function cleanInline(input: string, p: number, first: number, q: number, report: Report): SourceText {
  let text = ''
  const map: number[] = []
  let segStart = p
  for (let i = first; i < q; i++) {
    const c = input.charCodeAt(i)
    let width = 1
    if (c === 0x2a && input.charCodeAt(i + 1) === 0x2a && i + 1 < q) width = 2
    else if (!isInvisible(c) && c !== 0xa0 && !isControl(c)) continue
    if (i > segStart) {
      map.push(text.length, segStart)
      text += input.slice(segStart, i)
    }
    if (width === 2) repair(report, 'marker', input, i, i + 2)
    else if (c === 0xa0) {
      repair(report, 'whitespace', input, i, i + 1, ' ')
      map.push(text.length, i)
      text += ' '
    } else repair(report, isControl(c) ? 'control' : 'invisible', input, i, i + 1)
    segStart = i + width
    i += width - 1
  }
  if (q > segStart) {
    map.push(text.length, segStart)
    text += input.slice(segStart, q)
  }
  if (map.length === 0) map.push(0, p)
  return fromPieces(text, map)
}

/** After dropping markers the text may start with spaces again: `** 标题**`. */
function trimSource(src: SourceText): SourceText {
  const text = src.text
  const trimmed = text.trim()
  const lead = text.length - text.trimStart().length
  if (lead === 0) return { text: trimmed, at: src.at, map: src.map }
  if (src.map === null) return sourceAt(src.at + lead, trimmed)
  const map = src.map
  const out: number[] = []
  for (let k = 0; k < map.length; k += 2) {
    const at = map[k] ?? 0
    const next = k + 2 < map.length ? (map[k + 2] ?? 0) : Infinity
    if (next <= lead) continue
    const s = Math.max(at, lead)
    out.push(s - lead, (map[k + 1] ?? 0) + s - at)
  }
  return fromPieces(trimmed, out)
}
