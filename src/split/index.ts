import { roleStream } from './assignRoles'
import { classifyLine } from './classifyLine'
import { cleanLine, nextInlineMark } from './cleanLine'
import { composeResult } from './composeResult'
import { gatherNameLines } from './gatherNameLines'
import { groupEntries } from './groupEntries'
import { joinStream } from './joinBreaks'
import { addRepair, RepairLog } from './repairLog'
import { originAt } from './sourceText'
import { readLayout, wrapWidth } from './readLayout'
import { lineSpans } from './toLines'
import type { Block, Layout, Report, SplitOptions, SplitResult } from './types'

// The splitter: a pasted roundup → per-speaker entries, print damage repaired, nothing lost.
// Pure: no I/O. Every pass is its own module and can be tested alone.

export type {
  Layout, Repair, RepairKind, Reporter, Span, Speaker, SplitEntry, SplitOptions, SplitResult, Warning, WarningKind,
} from './types'
export { readLayout } from './readLayout'
export { renderPlain } from './renderPlain'

/** The paste → blocks (passes 2–6), line by line: each Line is garbage once its block exists. */
function toBlocks(text: string, report: Report, layout: Layout): Block[] {
  const spans = lineSpans(text)
  const blocks: Block[] = []
  const wrap = layout === 'epaper' ? wrapWidth(text) : 0
  const join = joinStream(text, report, blocks, layout, wrap)
  const roles = roleStream(join.push, layout, wrap)
  // the next `*`, NBSP or zero-width character, found once for all lines rather than line by line
  let mark = -1
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k] as number
    const end = spans[k + 1] as number
    if (mark < start) mark = nextInlineMark(text, start)
    roles.push(classifyLine(text, start, end, cleanLine(text, start, end, report, mark), report))
  }
  roles.end()
  join.end()
  return blocks
}

export const NO_SPEAKER = '没有识别出发言人：请检查版式，或手动添加条目'

/**
 * `splitPaste(paste, { layout? })` → layout, title, intro, entries, outro, repairs and warnings
 * (DESIGN.md section 4). The layout is read from the paste unless forced. Never throws.
 */
export function splitPaste(text: string, options: SplitOptions = {}): SplitResult {
  const layout = options.layout ?? readLayout(text)
  const report: Report = { repairs: [], warnings: [], log: new RepairLog(text) }
  const doc = groupEntries(gatherNameLines(toBlocks(text, report, layout), text, report, layout))
  // a repeated speaker line leaves the text whole: nothing lost, it is a repair
  for (const src of doc.repeated) addRepair(report, text, 'speaker-line', originAt(src, 0), originAt(src, src.text.length - 1) + 1)
  // nothing to review as entries: say so, so the import screen can tell the reporter what to do
  if (doc.entries.length === 0) report.warnings.push({ kind: 'no-speaker', offset: 0, end: text.length, message: NO_SPEAKER })
  for (const e of doc.entries) {
    if (e.speaker && e.speaker.name === null && e.speakerSrc) {
      report.warnings.push({
        kind: 'speaker-name',
        offset: e.speakerSrc.at,
        end: e.speakerSrc.at + e.speakerSrc.text.length,
        message: `无法确定“${e.speakerSrc.text}”中职务与姓名的分界，姓名留空，请补填`,
      })
    }
  }
  return composeResult(doc, report, layout)
}
