import { isInvisible, isSpaceLike } from './charClass'
import type { Report, SourceText } from './types'

// Pass 3: one line without indentation, invisible characters and markdown markers.

export interface CleanLine {
  src: SourceText
  /** Number of leading `#` markers (0 when none). */
  level: number
}

function repair(report: Report, kind: string, input: string, from: number, to: number, after = ''): void {
  if (to > from) report.repairs.push({ kind, offset: from, before: input.slice(from, to), after })
}

/** `"　　## 标题\u200b"` → text "标题", level 2, with repairs for the indent, marker and U+200B. */
export function cleanLine(input: string, start: number, end: number, report: Report): CleanLine {
  let p = start
  let q = end
  while (p < q && isSpaceLike(input.charCodeAt(p))) p++
  while (q > p && isSpaceLike(input.charCodeAt(q - 1))) q--
  if (p === q) return { src: { text: '', map: [0, start] }, level: 0 }
  repair(report, 'whitespace', input, start, p)
  repair(report, 'whitespace', input, q, end)
  // "**## 标题**": bold markers before the heading markers
  while (p + 1 < q && input.charCodeAt(p) === 0x2a && input.charCodeAt(p + 1) === 0x2a) {
    let k = p + 2
    while (k < q && isSpaceLike(input.charCodeAt(k))) k++
    repair(report, 'marker', input, p, k)
    p = k
  }
  if (p === q) return { src: { text: '', map: [0, start] }, level: 0 }
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
  // inline: "**粗体**" markers, U+200B and BOM dropped, NBSP made a plain space
  let text = ''
  const map: number[] = []
  let segStart = p
  const flush = (to: number): void => {
    if (to > segStart) {
      map.push(text.length, segStart)
      text += input.slice(segStart, to)
    }
  }
  for (let i = p; i < q; i++) {
    const c = input.charCodeAt(i)
    if (c === 0x2a && input.charCodeAt(i + 1) === 0x2a && i + 1 < q) {
      flush(i)
      repair(report, 'marker', input, i, i + 2)
      segStart = i + 2
      i++
    } else if (isInvisible(c)) {
      flush(i)
      repair(report, 'invisible', input, i, i + 1)
      segStart = i + 1
    } else if (c === 0xa0) {
      flush(i)
      repair(report, 'whitespace', input, i, i + 1, ' ')
      map.push(text.length, i)
      text += ' '
      segStart = i + 1
    }
  }
  flush(q)
  if (map.length === 0) map.push(0, p)
  if (!isSpaceLike(text.charCodeAt(0)) && !isSpaceLike(text.charCodeAt(text.length - 1))) return { src: { text, map }, level }
  return { src: { text: text.trim(), map: trimMap(text, map) }, level }
}

/** After dropping markers the text may start with spaces again: `** 标题**`. */
function trimMap(text: string, map: number[]): number[] {
  const lead = text.length - text.trimStart().length
  if (lead === 0) return map
  const out: number[] = []
  for (let k = 0; k < map.length; k += 2) {
    const at = map[k] ?? 0
    const next = k + 2 < map.length ? (map[k + 2] ?? 0) : Infinity
    if (next <= lead) continue
    const s = Math.max(at, lead)
    out.push(s - lead, (map[k + 1] ?? 0) + s - at)
  }
  return out
}
