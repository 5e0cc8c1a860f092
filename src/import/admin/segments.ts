import type { Repair, Warning } from '../../split'

/** A run of the source text: plain, a repair's `before`, or text a warning points at. */
export type Segment =
  | { type: 'text'; text: string }
  | { type: 'repair'; text: string; index: number; repair: Repair }
  | { type: 'warning'; text: string; index: number; warning: Warning }

type Span = { start: number; end: number; order: number; repair?: Repair; warning?: Warning; index: number }

/** `“恒恒”可能多印了…` at the offset of `恒恒` spans those two characters; otherwise a point (the whole paste, say). */
function warningLength(text: string, warning: Warning): number {
  const quoted = /“([^”]{1,40})”/.exec(warning.message)?.[1]
  return quoted && text.startsWith(quoted, warning.offset) ? quoted.length : 0
}

/**
 * The source text cut into segments at every repair and warning, in one pass over the spans
 * sorted by offset. Overlapping spans are clipped to the text not yet emitted; a span that
 * ends up empty still gets a (zero-width) segment so that nothing the splitter did is hidden.
 */
export function buildSegments(text: string, repairs: Repair[], warnings: Warning[]): Segment[] {
  const spans: Span[] = []
  repairs.forEach((repair, index) =>
    spans.push({ start: repair.offset, end: repair.offset + repair.before.length, order: 0, repair, index }),
  )
  warnings.forEach((warning, index) =>
    spans.push({ start: warning.offset, end: warning.offset + warningLength(text, warning), order: 1, warning, index }),
  )
  spans.sort((a, b) => a.start - b.start || a.order - b.order || a.index - b.index)

  const segments: Segment[] = []
  let cursor = 0
  for (const span of spans) {
    const start = Math.min(Math.max(span.start, cursor), text.length)
    const end = Math.min(Math.max(span.end, start), text.length)
    if (start > cursor) segments.push({ type: 'text', text: text.slice(cursor, start) })
    const slice = text.slice(start, end)
    if (span.repair) segments.push({ type: 'repair', text: slice, index: span.index, repair: span.repair })
    else if (span.warning) segments.push({ type: 'warning', text: slice, index: span.index, warning: span.warning })
    cursor = end
  }
  if (cursor < text.length) segments.push({ type: 'text', text: text.slice(cursor) })
  return segments
}
