import { assignRoles } from './assignRoles'
import { classifyLine } from './classifyLine'
import { cleanLine, nextInlineMark } from './cleanLine'
import { composeResult } from './composeResult'
import { groupEntries } from './groupEntries'
import { joinBreaks } from './joinBreaks'
import { lineSpans } from './toLines'
import type { Block, Line, Report, SplitResult } from './types'

// The splitter: a pasted roundup → per-speaker entries, print damage repaired, nothing lost.
// Pure: no I/O. Every pass is its own module and can be tested alone.

export type { Repair, Reporter, Speaker, SplitEntry, SplitResult, Warning } from './types'
export { renderPlain } from './renderPlain'

/** The paste → blocks (passes 2–6). Its own function so the lines are garbage once the blocks exist. */
function toBlocks(text: string, report: Report): Block[] {
  const spans = lineSpans(text)
  const lines: Line[] = new Array<Line>(spans.length >> 1)
  // the next `*`, NBSP or zero-width character, found once for all lines rather than line by line
  let mark = -1
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k] as number
    const end = spans[k + 1] as number
    if (mark < start) mark = nextInlineMark(text, start)
    lines[k >> 1] = classifyLine(text, start, end, cleanLine(text, start, end, report, mark), report)
  }
  return joinBreaks(text, lines, assignRoles(lines), report)
}

/** `splitPaste(paste)` → title, intro, entries, outro, repairs and warnings (DESIGN.md section 4). Never throws. */
export function splitPaste(text: string): SplitResult {
  const report: Report = { repairs: [], warnings: [] }
  const doc = groupEntries(toBlocks(text, report))
  for (const e of doc.entries) {
    if (e.speaker && e.speaker.name === null && e.speakerSrc) {
      report.warnings.push({
        kind: 'speaker-name',
        offset: e.speakerSrc.map[1] ?? 0,
        message: `无法确定“${e.speakerSrc.text}”中职务与姓名的分界，姓名留空，请补填`,
      })
    }
  }
  return composeResult(doc, report)
}
