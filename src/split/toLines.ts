// Pass 2: the input as lines, each with its true UTF-16 offsets. CRLF and a lone CR end a line too.

export interface RawLine {
  /** Offset of the line's first character. */
  start: number
  /** Offset just past the line's last character, before its break. */
  end: number
}

/** `"甲\r\n乙"` → [{start 0, end 1}, {start 3, end 4}] */
export function toLines(input: string): RawLine[] {
  const lines: RawLine[] = []
  const n = input.length
  let start = 0
  let i = input.indexOf('\n')
  const hasCR = input.indexOf('\r') >= 0
  if (!hasCR) {
    // fast path: LF only
    while (i >= 0) {
      lines.push({ start, end: i })
      start = i + 1
      i = input.indexOf('\n', start)
    }
    lines.push({ start, end: n })
    return lines
  }
  for (let j = 0; j < n; j++) {
    const c = input.charCodeAt(j)
    if (c === 10) {
      lines.push({ start, end: j })
      start = j + 1
    } else if (c === 13) {
      lines.push({ start, end: j })
      if (input.charCodeAt(j + 1) === 10) j++
      start = j + 1
    }
  }
  lines.push({ start, end: n })
  return lines
}
