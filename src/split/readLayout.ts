import { endsSentence, isSpaceLike } from './charClass'
import type { Layout } from './types'

// Pass 1b: how the paste was laid out, read from its lines before anything else. Later passes
// ask the layout what a line break means (breaksParagraph) rather than guessing on their own.

// lines this long or longer are body text; shorter ones are headlines, captions, meta lines
const BODY_LINE = 16
// how many lines are enough to decide (a 10 MB paste is read from its first lines)
const SAMPLE_LINES = 400
// a line this short without sentence-final punctuation is a headline, subhead, caption or meta line
const SHORT_LINE = 40
// punctuation inside a sentence: a line that has it is prose, not a headline
const CLAUSE_MARK = /[，,；;：:。！？]/
// `来自XX客户端`, `打开APP阅读`: the marks of an app's share text
const APP_MARKS = /客户端|打开\s*APP|打開\s*APP|APP\s*内|下载\s*APP|App\s*阅读|分享自|阅读原文|長按識別|长按识别/i

interface LineStats {
  body: number
  ended: number
  /** Body lines whose length is within 2 of the most common body-line length. */
  even: number
  app: boolean
}

/** The first lines of the paste: how many are body lines, how many end a sentence, how even. */
function statsOf(text: string): LineStats {
  const lengths: number[] = []
  let ended = 0
  let app = false
  let start = 0
  for (let n = 0; n < SAMPLE_LINES && start <= text.length; n++) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    let p = start
    let q = end
    while (p < q && isSpaceLike(text.charCodeAt(p))) p++
    while (q > p && isSpaceLike(text.charCodeAt(q - 1))) q--
    const line = text.slice(p, q)
    // body lines have clauses: `【字体：大 中 小】  打印  关闭窗口` is long but not one
    if (line.length >= BODY_LINE && /[，,；]/.test(line)) {
      lengths.push(line.length)
      if (endsSentence(line)) ended++
    } else if (line.length > 0 && APP_MARKS.test(line)) app = true
    start = end + 1
  }
  const counts = new Map<number, number>()
  for (const l of lengths) counts.set(l, (counts.get(l) ?? 0) + 1)
  let mode = 0
  for (const [l, c] of counts) if (c > (counts.get(mode) ?? 0)) mode = l
  const even = lengths.filter((l) => Math.abs(l - mode) <= 2).length
  return { body: lengths.length, ended, even, app }
}

/**
 * `readLayout(paste)`: 'epaper' when body lines are hard-wrapped at one width; 'web' when body
 * lines are whole paragraphs (nearly all end a sentence); 'app' for web copy with an app's share
 * marks; 'print' otherwise (paragraphs broken at page and column breaks, as in the seed).
 */
export function readLayout(text: string): Layout {
  const s = statsOf(text)
  if (s.body === 0) return 'print'
  if (s.body >= 4 && s.even * 10 >= s.body * 6 && s.ended * 2 < s.body) return 'epaper'
  // a few lines are not enough to call it web copy: print, the old reading, is the safe default
  if (s.body >= 3 && s.ended * 10 >= s.body * 8) return s.app ? 'app' : 'web'
  return 'print'
}

/** Does a break between two body lines end a paragraph, in this layout? `…发展。` / `推动` */
export function breaksParagraph(layout: Layout, prev: string): boolean {
  if (endsSentence(prev)) return true
  if (layout === 'print' || layout === 'epaper') return false
  // web and app copy: one paragraph per line, unless a long line stops inside a sentence
  // (`…努力打造` / `造一批…`); a short line (headline, caption, dateline) always stands alone
  const c = prev.charCodeAt(prev.length - 1)
  if (c === 0xff0c || c === 0x3001 || c === 0x2c) return false
  return prev.length <= SHORT_LINE && !CLAUSE_MARK.test(prev)
}
