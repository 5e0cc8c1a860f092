import type { Role } from './assignRoles'
import { isHan } from './charClass'
import { REDUPLICATING, WORD_OPENERS } from './lexicon'
import { breaksParagraph } from './readLayout'
import { addRepair } from './repairLog'
import { concatSource, originAt, sliceSource } from './sourceText'
import type { Block, Layout, Line, LineKind, Report, SourceText } from './types'

// Pass 6: body lines become paragraphs. A break after 。！？ ends a paragraph; any other break
// inside a sentence is joined with no space, and a character doubled across it is dropped once.

/** Lines that never reach the text: blank lines and dropped furniture. */
function isSkipped(kind: LineKind): boolean {
  return kind === 'blank' || kind === 'noise' || kind === 'chrome' || kind === 'header' || kind === 'jump'
}

/** `扎扎实\n实`, `扎\n扎实实`, `常\n常`: a real reduplication across the break. */
function isReduplication(prev: string, next: string, c: string): boolean {
  if (REDUPLICATING.includes(c)) return true
  const n1 = next[1]
  if (n1 !== undefined && n1 === next[2] && isHan(n1.charCodeAt(0))) return true
  const p2 = prev[prev.length - 2]
  return p2 !== undefined && p2 === prev[prev.length - 3] && p2 !== c && isHan(p2.charCodeAt(0))
}

/** Joins `next` onto the paragraph ending with `prev`, across the break [from, to); returns `next` minus a dropped doubled character. */
function joinAt(input: string, from: number, to: number, next: SourceText, prev: SourceText, report: Report): SourceText {
  // `质\n\n量` → `质量`
  addRepair(report, input, 'join', from, to)
  const c = prev.text[prev.text.length - 1] ?? ''
  if (c !== next.text[0] || !isHan(c.charCodeAt(0)) || isReduplication(prev.text, next.text, c)) return next
  const at = originAt(next, 0)
  const after = next.text.charCodeAt(1)
  // `精神\n\n神，` → `精神，`: the word ends at the doubled character, so it is a print doubling
  // `打造\n\n造一批` → `打造一批`: what follows opens a word of its own (一批), so 造 ends the word before
  if (next.text.length === 1 || WORD_OPENERS.includes(next.text[1] ?? '') ||
    !(isHan(after) || (after >= 0x30 && after <= 0x39) || (after | 0x20) >= 0x61 && (after | 0x20) <= 0x7a)) {
    addRepair(report, input, 'doubled-char', at, at + 1)
    return sliceSource(next, 1)
  }
  // `发展\n展望`: unsure, so kept as printed and flagged
  report.warnings.push({ kind: 'doubled-char', offset: at, end: at + 1, message: `换行处的“${c}${c}”可能是重复排印，已保留原样，请核对` })
  return next
}

const isSubtitle = (text: string): boolean => text.startsWith('——')

export interface JoinStream {
  push(line: Line, role: Role): void
  end(): void
}

/** Lines with their roles, one at a time → blocks appended to `blocks`: title, headline, speaker, byline, source lines and joined paragraphs. */
export function joinStream(input: string, report: Report, blocks: Block[], layout: Layout = 'print', wrap = 0): JoinStream {
  let parts: SourceText[] = []
  // the break after the last body line: from its end to the next line that is not blank
  let breakFrom = -1
  let breakTo = -1
  const close = (): void => {
    if (parts.length > 0) blocks.push({ kind: 'para', src: concatSource(parts), speaker: null, reporters: null })
    parts = []
  }
  // web copy: a line of chrome between two lines (`|`, a widget) separates them, as a blank line does not
  const web = layout === 'web' || layout === 'app'
  let furnished = false
  const push = (line: Line, role: Role): void => {
    if (breakTo < 0 && breakFrom >= 0 && line.kind !== 'blank') breakTo = line.start
    // a browser-title copy of the headline: it leaves the text, as chrome does
    if (role === 'chrome') {
      addRepair(report, input, 'chrome', originAt(line.src, 0), originAt(line.src, line.src.text.length - 1) + 1)
      furnished ||= web
      return
    }
    if (role === 'author') {
      close()
      addRepair(report, input, 'byline', originAt(line.src, 0), originAt(line.src, line.src.text.length - 1) + 1)
      blocks.push({ kind: 'byline', src: line.src, speaker: null, reporters: [{ name: line.src.text, role: '记者' }] })
      return
    }
    if (isSkipped(line.kind)) {
      furnished ||= web && line.kind !== 'blank'
      return
    }
    if (furnished) {
      close()
      furnished = false
    }
    if (role === 'body') {
      let src = line.src
      const prev = parts[parts.length - 1]
      if (prev && src.text.length > 0) {
        // `是什么，让他们这般坚定` over `——记者…采访见闻有感`: a web subtitle line stands alone
        if (breaksParagraph(layout, prev.text, parts.length > 1, wrap, src.text) || (web && (isSubtitle(src.text) || isSubtitle(prev.text)))) close()
        else src = joinAt(input, breakFrom, breakTo, src, prev, report)
      }
      if (src.text.length > 0) parts.push(src)
      breakFrom = line.end
      breakTo = -1
      if (line.reporters) {
        close()
        blocks.push({ kind: 'byline', src: line.src, speaker: null, reporters: line.reporters, inline: true })
      }
      return
    }
    close()
    const kind = role === 'title' || role === 'headline' ? role : line.kind === 'speaker' || line.kind === 'byline' || line.kind === 'source' ? line.kind : 'para'
    blocks.push({ kind, src: line.src, speaker: line.speaker, reporters: line.reporters })
  }
  return { push, end: close }
}

/** All lines at once, with the roles of assignRoles. */
export function joinBreaks(input: string, lines: Line[], roles: Role[], report: Report, layout: Layout = 'print'): Block[] {
  const blocks: Block[] = []
  const stream = joinStream(input, report, blocks, layout)
  for (let i = 0; i < lines.length; i++) stream.push(lines[i] as Line, roles[i] ?? null)
  stream.end()
  return blocks
}
