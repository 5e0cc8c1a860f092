import { isChineseContext } from './charClass'
import { originAt, sourceAt } from './sourceText'
import type { Report, SourceText } from './types'

// Pass 8: half-width `, ; : ( ) ! ?` next to Chinese become full-width; `10:30`, `5G`, `PM2.5` stay.
// A converted mark is Chinese context for its neighbours (`好,(` → `好，（`), so the result is a
// fixed point: splitting the output again changes nothing.

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' }

// `,` `;` `:` `!` `?` `(` `)`: one mark; `(`, or two marks side by side: the fixed point is needed
const MARKS = /[,;:!?()]/g
const NOT_SIMPLE = /[()]|[,;:!?][,;:!?]/

/** `,` `;` `:` `!` `?` `(` `)` */
function isMark(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x28 || c === 0x29
}

/** `,` at input offset 12 → `，`: one `punctuation` repair. */
function punctuation(report: Report, offset: number, before: string, after: string): void {
  if (report.log) report.log.add('punctuation', offset, 1, after)
  else report.repairs.push({ kind: 'punctuation', offset, end: offset + 1, before, after })
}

/** Matched parentheses: partner[i] = j for `(` at i and `)` at j, and back; -1 elsewhere and when unmatched. */
function partners(text: string): Int32Array {
  // one slot per character: a typed array, not a hash map, so a long run of `(` stays fast
  const out = new Int32Array(text.length).fill(-1)
  const stack: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x28) stack.push(i)
    else if (c === 0x29) {
      const open = stack.pop()
      if (open !== undefined) (out[open] = i), (out[i] = open)
    }
  }
  return out
}

/** `发展,推动` → `发展，推动`, one `punctuation` repair per character; `河(湖)长制` converts as a pair. */
export function fixPunctuation(src: SourceText, report: Report): string {
  const text = src.text
  // the regex engine finds the (rare) marks far faster than a loop over every character
  MARKS.lastIndex = 0
  const found = MARKS.exec(text)
  if (found === null) return text
  const first = found.index
  // parentheses and runs of marks (`好,(`) need the fixed point below
  if (!NOT_SIMPLE.test(text)) return convertSimple(src, first, report)
  const conv = new Uint8Array(text.length)
  const pair = text.includes('(') || text.includes(')') ? partners(text) : null
  const ctx = (j: number): boolean => j >= 0 && j < text.length && (conv[j] === 1 || isChineseContext(text.charCodeAt(j)))
  const near = (i: number): boolean => ctx(i - 1) || ctx(i + 1)
  const queue: number[] = []
  const consider = (i: number): void => {
    if (i < 0 || i >= text.length || conv[i] === 1 || !isMark(text.charCodeAt(i))) return
    const p = pair === null ? -1 : (pair[i] as number)
    if (!(near(i) || (p >= 0 && near(p)))) return
    conv[i] = 1
    queue.push(i - 1, i + 1)
    if (p >= 0 && conv[p] === 0) {
      conv[p] = 1
      queue.push(p - 1, p + 1)
    }
  }
  // only marks can convert, so only marks are visited
  MARKS.lastIndex = first
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    consider(m.index)
    while (queue.length > 0) consider(queue.pop() as number)
  }
  const out: string[] = []
  let from = 0
  MARKS.lastIndex = first
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const i = m.index
    if (conv[i] !== 1) continue
    const ch = text[i] as string
    const full = FULL[ch] as string
    punctuation(report, originAt(src, i), ch, full)
    out.push(text.slice(from, i), full)
    from = i + 1
  }
  out.push(text.slice(from))
  return out.join('')
}

/**
 * `上海紫江(集团)有限公司董事长` → `上海紫江（集团）有限公司董事长`: a speaker's titles, copied from text whose
 * own repairs are already logged, so none is logged again here.
 */
export const fullWidthMarks = (s: string): string => fixPunctuation(sourceAt(0, s), { repairs: [], warnings: [] })

/** No parentheses and no two marks side by side: each mark is decided by its own neighbours. */
function convertSimple(src: SourceText, first: number, report: Report): string {
  const text = src.text
  let out: string[] | null = null
  let from = 0
  MARKS.lastIndex = first
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const i = m.index
    if (!(isChineseContext(text.charCodeAt(i - 1)) || isChineseContext(text.charCodeAt(i + 1)))) continue
    const ch = text[i] as string
    const full = FULL[ch] as string
    punctuation(report, originAt(src, i), ch, full)
    // pieces joined once at the end: one flat string, not a rope of slices
    out ??= []
    out.push(text.slice(from, i), full)
    from = i + 1
  }
  if (out === null) return text
  out.push(text.slice(from))
  return out.join('')
}
