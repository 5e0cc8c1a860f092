import { assignRoles } from './assignRoles'
import { classifyLine } from './classifyLine'
import { cleanLine } from './cleanLine'
import { composeResult } from './composeResult'
import { groupEntries } from './groupEntries'
import { joinBreaks } from './joinBreaks'
import { toLines } from './toLines'
import type { Line, Report, SplitResult } from './types'

// The splitter: a pasted roundup → per-speaker entries, print damage repaired, nothing lost.
// Pure: no I/O. Every pass is its own module and can be tested alone.

export type { Repair, Reporter, Speaker, SplitEntry, SplitResult, Warning } from './types'
export { renderPlain } from './renderPlain'

/** `splitPaste(paste)` → title, intro, entries, outro, repairs and warnings (DESIGN.md section 4). Never throws. */
export function splitPaste(text: string): SplitResult {
  const report: Report = { repairs: [], warnings: [] }
  const lines: Line[] = toLines(text).map(({ start, end }) =>
    classifyLine(text, start, end, cleanLine(text, start, end, report), report),
  )
  const blocks = joinBreaks(text, lines, assignRoles(lines), report)
  const doc = groupEntries(blocks)
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
