import { endsSentence, isSpaceLike } from './charClass'
import type { Layout } from './types'

// Pass 1b: how the paste was laid out, read from its lines before anything else. Later passes
// ask the layout what a line break means (breaksParagraph) rather than guessing on their own.

// lines this long or longer are body text; shorter ones are headlines, captions, meta lines
const BODY_LINE = 16
// a clause inside a sentence: a short line that has one and runs on is a sentence cut off
const CLAUSE_MARK = /[，,；;]/
/** `）`, `】`, `》`, `”`, `」`: a line closed by a bracket or quote is whole. */
function isClosing(c: number): boolean {
  return c === 0xff09 || c === 0x29 || c === 0x3011 || c === 0x300b || c === 0x201d || c === 0x300d || c === 0x300f || c === 0x5d
}

// `不变的是殷切期盼，`: a short line ending with a comma is a line of verse
const COMMA_END = /[，,]$/
// a line this long that ends a sentence is a whole paragraph as a web page gives it
const WHOLE_PARAGRAPH = 80
// how many lines are enough to decide (a 10 MB paste is read from its first lines)
const SAMPLE_LINES = 400
// a line this short without sentence-final punctuation is a headline, subhead, caption or meta line
const SHORT_LINE = 40
// `来自XX客户端`, `打开APP阅读`: the marks of an app's share text
const APP_MARKS = /客户端|打开\s*APP|打開\s*APP|APP\s*内|下载\s*APP|App\s*阅读|分享自|阅读原文|長按識別|长按识别/i

// a line of web copy closed by a caption credit or a byline: `…中新社发 宋吉河 摄`, `…（新华社）`
const CLOSED_BY = /(?:[)）\]】]|[摄攝])$/
// a trailing `|` left by a page's link bar: `…政策。 |`
const TRAILING_BAR = /\s*[|｜]$/

interface LineStats {
  body: number
  ended: number
  /** Short body lines ending with a comma: verse in web copy, a wrap in an e-paper. */
  verse: number
  /** Length of the longest body line. */
  longest: number
  /**
   * Body lines whose length is within 2 of the most common body-line length and that run straight
   * on into the next line: a wrap. A line followed by a blank line ends at a page or column break.
   */
  even: number
  /** The most common body-line length: an e-paper's wrap width. */
  mode: number
  app: boolean
}

/** Is the line break at `end` followed by a blank line (only spaces before the next break)? */
function blankAfter(text: string, end: number): boolean {
  let p = end + 1
  while (p < text.length && text.charCodeAt(p) !== 10 && isSpaceLike(text.charCodeAt(p))) p++
  return p < text.length && text.charCodeAt(p) === 10
}

/** The first lines of the paste: how many are body lines, how many end a sentence, how even. */
function statsOf(text: string): LineStats {
  const lengths: number[] = []
  // per body line: does the next line follow it directly (no blank line between)?
  const tight: boolean[] = []
  let ended = 0
  let longest = 0
  let verse = 0
  let app = false
  let start = 0
  for (let n = 0; n < SAMPLE_LINES && start <= text.length; n++) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    let p = start
    let q = end
    while (p < q && isSpaceLike(text.charCodeAt(p))) p++
    while (q > p && isSpaceLike(text.charCodeAt(q - 1))) q--
    const line = text.slice(p, q).replace(TRAILING_BAR, '')
    // body lines have clauses: `【字体：大 中 小】  打印  关闭窗口` is long but not one
    if (line.length >= BODY_LINE && /[，,；]/.test(line)) {
      lengths.push(line.length)
      tight.push(!blankAfter(text, end))
      longest = Math.max(longest, line.length)
      if (endsSentence(line) || CLOSED_BY.test(line)) ended++
      else if (line.length < SHORT_LINE && COMMA_END.test(line)) verse++
    } else if (line.length > 0 && APP_MARKS.test(line)) app = true
    start = end + 1
  }
  const counts = new Map<number, number>()
  for (const l of lengths) counts.set(l, (counts.get(l) ?? 0) + 1)
  let mode = 0
  for (const [l, c] of counts) if (c > (counts.get(mode) ?? 0)) mode = l
  const even = lengths.filter((l, i) => Math.abs(l - mode) <= 2 && tight[i]).length
  return { body: lengths.length, ended, verse, longest, even, mode, app }
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
  // `不变的是殷切期盼，`: lines of verse neither end a sentence nor break one
  const prose = s.body - s.verse
  if (prose >= 3 && s.ended * 10 >= prose * 8) return s.app ? 'app' : 'web'
  // one or two whole paragraphs, each a long line ending a sentence: web copy too
  if (s.ended === prose && s.longest >= WHOLE_PARAGRAPH) return s.app ? 'app' : 'web'
  return 'print'
}

/** `wrapWidth(paste)` → the width an e-paper's lines are wrapped at (their most common length), 0 if none. */
export function wrapWidth(text: string): number {
  return statsOf(text).mode
}

// `问：`, `记者：`, `主持人：`: a question's label; `张曦：`: a turn's label (a name, or a question's)
const QUESTION_LABEL = /^(?:问|問|记者|記者|主持人)[：:]/
const TURN_LABEL = /^(?:[\u4e00-\u9fff]{2,4}|问|問|答)[：:]/

/**
 * Does a break between two body lines end a paragraph, in this layout? `…发展。` / `推动`.
 * `joined`: the paragraph already holds a line joined across a break (we are inside a sentence);
 * `wrap`: an e-paper's wrap width (0 when unknown); `next`: the line after the break (web copy).
 */
export function breaksParagraph(layout: Layout, prev: string, joined = false, wrap = 0, next = ''): boolean {
  if (endsSentence(prev)) return true
  if (layout === 'print') return false
  // an e-paper line short of the wrap width is not a wrap: a subhead, a byline, a paragraph's end
  if (layout === 'epaper') return wrap > 0 && prev.length < wrap - 2
  // web and app copy: one paragraph per line. A line stands alone (headline, caption, dateline,
  // menu, a line of verse ending with a comma, `（原标题：…）`) unless it is prose stopped inside a
  // sentence: a keyword link (`…你是哪个` / `人大代表` / `张曦：…`) or a clause cut off
  // (`他说，今年…努力打造` / `造一批…`, `…登门拜访了两名院士，` / `并且…`)
  // `张曦：…` after a question cut off by a link: an answer's turn always starts its own paragraph
  if (TURN_LABEL.test(next)) return true
  if (joined) return false
  // `问：你有没有采访哪个` / `人大代表`: a question stopped before its question mark was cut by a link
  if (QUESTION_LABEL.test(prev)) return false
  const last = prev.charCodeAt(prev.length - 1)
  // `…中新社发 宋吉河 摄`: a caption closed by its photo credit
  if (isClosing(last) || last === 0x6444 || last === 0x651d) return true
  const inner = prev.slice(0, -1)
  return !CLAUSE_MARK.test(inner)
}
