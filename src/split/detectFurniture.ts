// Lines that are not the article: page furniture, web widgets, jump lines and source lines.

export type Furniture = 'noise' | 'header' | 'jump' | 'source'

// `（下转第2版）`, `(上接第1版)`, `（转A3版）`: a jump line
const JUMP = /^[（(](?:下转|上接|转|接|下轉|轉)第?[A-Za-z]?\d{1,3}版[）)]$/
const JUMP_HEAD = /^[（(](?:上接|接)第?[A-Za-z]?\d{1,3}版[）)]/
const JUMP_TAIL = /[（(](?:下转|转|下轉|轉)第?[A-Za-z]?\d{1,3}版[）)]$/
// `2023年1月18日`, `2023-01-18`
const DATE = /\d{4}(?:年\d{1,2}月\d{1,2}日|[-./]\d{1,2}[-./]\d{1,2})/
// `第3版`, `A3版`, `03版`
const PAGE = /(?:第[A-Za-z]?\d{1,3}|[A-Za-z]?\d{1,3})版/
// `来源：青海日报`, `责任编辑：王某`
const SOURCE = /^(?:来源|來源|稿源|责任编辑|責任編輯|责编|編輯|编辑|校对|审核|监制)\s*[：:]/
// `【字体：大 中 小】`, `分享到：`, `上一篇`: widget words, stripped of brackets and spaces
const WIDGET_WORDS = [
  '字体', '字號', '字号', '大', '中', '小', '放大', '缩小', '默认', '打印', '打印本页', '关闭', '关闭窗口',
  '收藏', '分享', '分享到', '微信', '微博', 'QQ空间', '朋友圈', '返回顶部', '纠错', '扫一扫', '点赞', '复制链接',
]
const SOURCE_FIRST = '来來稿责責责編编校审监'
const WIDGET_CHARS = /[【】[\]|｜:：\s]/g
const WIDGET_OPENERS = ['上一篇', '下一篇', '分享到', '【字体', '【字号', '字体：', '扫一扫在手机']

const WIDGET_FIRST = new Set(['【', '[', '|', '｜', ...WIDGET_WORDS.map((w) => w[0] ?? ''), ...WIDGET_OPENERS.map((w) => w[0] ?? '')])

/** Can `s` be read as widget words only? (`字体大中小`) Longest match first; lines are short. */
function onlyWidgetWords(s: string): boolean {
  let i = 0
  while (i < s.length) {
    let best = 0
    for (const w of WIDGET_WORDS) if (w.length > best && s.startsWith(w, i)) best = w.length
    if (best === 0) return false
    i += best
  }
  return s.length > 1
}

/** `【字体：大 中 小】` → 'noise'; `青海日报 2023年1月18日 第3版` → 'header'; body text → null. */
export function detectFurniture(text: string): Furniture | null {
  if (text.length > 60) return null
  const first = text[0] ?? ''
  if ((first === '（' || first === '(') && JUMP.test(text)) return 'jump'
  if (SOURCE_FIRST.includes(first) && SOURCE.test(text)) return 'source'
  if (WIDGET_FIRST.has(first)) {
    if (WIDGET_OPENERS.some((w) => text.startsWith(w))) return 'noise'
    if (text.length <= 40 && onlyWidgetWords(text.replace(WIDGET_CHARS, ''))) return 'noise'
  }
  if (text.includes('。') || text.includes('，')) return null
  const hasDate = DATE.test(text)
  const hasPage = PAGE.test(text)
  const hasPaper = text.includes('报') || text.includes('報') || text.includes('星期')
  if ((hasDate && (hasPage || hasPaper)) || (hasPage && hasPaper && text.length <= 30)) return 'header'
  return null
}

/** Lengths of a leading `（上接第1版）` and a trailing `（下转第2版）` on a body line. */
export function jumpEdges(text: string): { head: number; tail: number } {
  const head = text.charCodeAt(0) === 0xff08 || text.charCodeAt(0) === 0x28 ? (JUMP_HEAD.exec(text.slice(0, 16))?.[0].length ?? 0) : 0
  // only a line ending `）` or `)` can end with a jump mark
  const last = text.charCodeAt(text.length - 1)
  const tail = last === 0xff09 || last === 0x29 ? (JUMP_TAIL.exec(text.slice(-16))?.[0].length ?? 0) : 0
  return { head, tail: head + tail > text.length ? 0 : tail }
}
