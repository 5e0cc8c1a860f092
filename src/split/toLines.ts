// Pass 2: the input as lines, each with its true UTF-16 offsets. CRLF and a lone CR end a line too.

export interface RawLine {
  /** Offset of the line's first character. */
  start: number
  /** Offset just past the line's last character, before its break. */
  end: number
}

/** `"甲\r\n乙"` → [0, 1, 3, 4]: start and end of each line, in one typed array (no object per line). */
export function lineSpans(input: string): Int32Array {
  const n = input.length
  let spans: Int32Array = new Int32Array(1024)
  let k = 0
  let start = 0
  // the next LF and the next CR, each found by indexOf (native) and looked for again once passed
  let lf = input.indexOf('\n')
  let cr = input.indexOf('\r')
  while (lf >= 0 || cr >= 0) {
    const j = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr
    if (k + 2 > spans.length) spans = grow(spans)
    spans[k++] = start
    spans[k++] = j
    // CRLF is one break
    start = j === cr && lf === j + 1 ? j + 2 : j + 1
    if (lf >= 0 && lf < start) lf = input.indexOf('\n', start)
    if (cr >= 0 && cr < start) cr = input.indexOf('\r', start)
  }
  if (k + 2 > spans.length) spans = grow(spans)
  spans[k++] = start
  spans[k++] = n
  return spans.subarray(0, k)
}

function grow(spans: Int32Array): Int32Array {
  const grown: Int32Array = new Int32Array(spans.length * 2)
  grown.set(spans)
  return grown
}

/** `"甲\r\n乙"` → [{start 0, end 1}, {start 3, end 4}] */
export function toLines(input: string): RawLine[] {
  const spans = lineSpans(input)
  const lines: RawLine[] = []
  for (let k = 0; k < spans.length; k += 2) lines.push({ start: spans[k] as number, end: spans[k + 1] as number })
  return lines
}
