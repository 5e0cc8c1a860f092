import { classifyLine } from '../../../src/split/classifyLine'
import { cleanLine } from '../../../src/split/cleanLine'
import { toLines } from '../../../src/split/toLines'
import type { Line, Report } from '../../../src/split/types'

// Small helpers so each pass can be tested alone on a few lines of text.

export const newReport = (): Report => ({ repairs: [], warnings: [] })

/** The lines of `text`, cleaned and classified. */
export function linesOf(text: string, report: Report = newReport()): Line[] {
  return toLines(text).map(({ start, end }) => classifyLine(text, start, end, cleanLine(text, start, end, report), report))
}
