import { checkTitles } from './checkTitles'
import { fixPunctuation } from './fixPunctuation'
import type { DraftDoc } from './groupEntries'
import type { Report, SplitResult, SourceText } from './types'
import { warnDoubled } from './warnDoubled'

// Pass 9: the output of DESIGN.md section 4, punctuation fixed and warnings added on the way.

/** The draft document → the JSON-ready result, repairs and warnings in input order. */
export function composeResult(doc: DraftDoc, report: Report): SplitResult {
  const prose = (src: SourceText): string => {
    warnDoubled(src, report)
    return fixPunctuation(src, report)
  }
  const result: SplitResult = {
    title: doc.title ? fixPunctuation(doc.title, report) : null,
    intro: doc.intro.map(prose),
    entries: doc.entries.map((e) => {
      checkTitles(e, report)
      return {
        headline: e.headline ? fixPunctuation(e.headline, report) : null,
        speaker: e.speaker ? { name: e.speaker.name ?? '', titles: e.speaker.titles } : null,
        reporters: e.reporters,
        paragraphs: e.paragraphs.map(prose),
      }
    }),
    outro: doc.outro.map(prose),
    repairs: report.log ? report.log.toRepairs() : report.repairs.sort((a, b) => a.offset - b.offset),
    warnings: report.warnings,
  }
  result.warnings.sort((a, b) => a.offset - b.offset)
  return result
}
