import { checkTitles } from './checkTitles'
import { fixPunctuation, fullWidthMarks } from './fixPunctuation'
import type { DraftDoc, DraftEntry } from './groupEntries'
import { originAt } from './sourceText'
import type { Layout, Report, SourceText, Span, SplitEntry, SplitResult } from './types'
import { warnDoubled } from './warnDoubled'

// Pass 9: the output of DESIGN.md section 4, punctuation fixed and warnings added on the way.

/** `{start, end}` of a piece of text in the input: its first character to just past its last. */
export function spanOf(src: SourceText): Span {
  const start = originAt(src, 0)
  return { start, end: src.text.length === 0 ? start : originAt(src, src.text.length - 1) + 1 }
}

/** The entry's extent in the input: headline, speaker line and paragraphs. */
function entrySpan(e: DraftEntry, paragraphSpans: Span[]): Span {
  const spans = [...(e.headline ? [spanOf(e.headline)] : []), ...(e.speakerSrc ? [spanOf(e.speakerSrc)] : []), ...paragraphSpans]
  if (spans.length === 0) return { start: 0, end: 0 }
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) }
}

/** The draft document → the JSON-ready result, repairs and warnings in input order. */
export function composeResult(doc: DraftDoc, report: Report, layout: Layout): SplitResult {
  const prose = (src: SourceText): string => {
    warnDoubled(src, report)
    return fixPunctuation(src, report)
  }
  const entries = doc.entries.map((e): SplitEntry => {
    checkTitles(e, report)
    const paragraphSpans = e.paragraphs.map(spanOf)
    const { start, end } = entrySpan(e, paragraphSpans)
    return {
      headline: e.headline ? fixPunctuation(e.headline, report) : null,
      speaker: e.speaker ? { name: e.speaker.name ?? '', titles: e.speaker.titles.map(fullWidthMarks) } : null,
      reporters: e.reporters,
      paragraphs: e.paragraphs.map(prose),
      start,
      end,
      paragraphSpans,
    }
  })
  const result: SplitResult = {
    layout,
    title: doc.title ? fixPunctuation(doc.title, report) : null,
    intro: doc.intro.map(prose),
    entries,
    outro: doc.outro.map(prose),
    repairs: report.log ? report.log.toRepairs() : report.repairs.sort((a, b) => a.offset - b.offset),
    warnings: report.warnings,
  }
  result.warnings.sort((a, b) => a.offset - b.offset)
  return result
}
