import { isSpaceLike } from './charClass'
import type { CleanLine } from './cleanLine'
import { detectFurniture, jumpEdges } from './detectFurniture'
import { parseBylineLine, parseByline, trailingBylineAt } from './parseByline'
import { parseSpeaker } from './parseSpeaker'
import { originAt, sliceSource } from './sourceText'
import type { Line, LineKind, ParsedSpeaker, Report, Reporter, SourceText } from './types'

// Pass 4: what each line is, by its shape alone (context comes in the next pass).

const NOT_SHORT = new Set([...'，。！？；：,.!?;:'].map((c) => c.charCodeAt(0)))
const MAX_SHORT = 40

const FURNITURE_REPAIR = { noise: 'noise', header: 'page-header', jump: 'jump' } as const

/** The input text a SourceText spans, first to last character. */
function spanOf(input: string, src: SourceText, from = 0, to = src.text.length): [number, string] {
  const a = originAt(src, from)
  const b = originAt(src, to - 1) + 1
  return [a, input.slice(a, b)]
}

function drop(input: string, report: Report, kind: string, src: SourceText, from: number, to: number): void {
  if (to <= from) return
  const [offset, before] = spanOf(input, src, from, to)
  report.repairs.push({ kind, offset, before, after: '' })
}

function isShort(text: string): boolean {
  if (text.length > MAX_SHORT) return false
  for (let i = 0; i < text.length; i++) if (NOT_SHORT.has(text.charCodeAt(i))) return false
  return true
}

/** `## 标题` → heading; `（记者 A）` → byline; `省人大代表、县委书记 刘波` → speaker; prose → body. */
export function classifyLine(input: string, start: number, end: number, clean: CleanLine, report: Report): Line {
  let src = clean.src
  const line = (kind: LineKind, speaker: ParsedSpeaker | null = null, reporters: Reporter[] | null = null): Line =>
    ({ kind, src, start, end, level: clean.level, speaker, reporters })
  const text = src.text
  if (text.length === 0) return line('blank')
  if (clean.level > 0) return line('heading')
  const furniture = detectFurniture(text)
  if (furniture === 'source') return line('source')
  if (furniture) {
    drop(input, report, FURNITURE_REPAIR[furniture], src, 0, text.length)
    return line(furniture)
  }
  const reporters = parseBylineLine(text)
  if (reporters) {
    drop(input, report, 'byline', src, 0, text.length)
    return line('byline', null, reporters)
  }
  const speaker = parseSpeaker(text)
  if (speaker) {
    // `省人大代表、西宁市常委、大通县委书记 刘波`: the 、 separators leave with the line
    for (let i = text.indexOf('、'); i >= 0; i = text.indexOf('、', i + 1)) drop(input, report, 'speaker-line', src, i, i + 1)
    return line('speaker', speaker)
  }
  if (isShort(text)) return line('short')
  // `（上接第1版）正文……（下转第2版）`: jump marks at the edges of a body line
  const { head, tail } = jumpEdges(text)
  drop(input, report, 'jump', src, 0, head)
  drop(input, report, 'jump', src, text.length - tail, text.length)
  if (head || tail) src = sliceSource(src, head, text.length - tail)
  // `…政治生态。(记者 樊娅楠)`: a byline closing the paragraph
  const at = trailingBylineAt(src.text)
  if (at > 0) {
    const found = parseByline(src.text.slice(at + 1, -1))
    let cut = at
    while (cut > 0 && isSpaceLike(src.text.charCodeAt(cut - 1))) cut--
    drop(input, report, 'byline', src, at, src.text.length)
    src = sliceSource(src, 0, cut)
    return line('body', null, found)
  }
  return line('body')
}
