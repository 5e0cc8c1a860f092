import { isSpaceLike } from './charClass'
import type { CleanLine } from './cleanLine'
import { detectFurniture, jumpEdges } from './detectFurniture'
import { parseBylineLine, trailingByline, trailingBylineAt } from './parseByline'
import { parseSpeaker } from './parseSpeaker'
import { addRepair } from './repairLog'
import { originAt, sliceSource } from './sourceText'
import type { Line, LineKind, ParsedSpeaker, RepairKind, Report, Reporter, SourceText } from './types'

// Pass 4: what each line is, by its shape alone (context comes in the next pass).

const MAX_SHORT = 40
// `【同期】`, `【解说】`: labels of a video script
const SCRIPT_LABEL = /^【(?:同期|同期声|解说|解說|现场|現場|现场声|現場聲|画外音|畫外音|出镜|出鏡|采访|採訪|字幕|导语|導語|主持人|配音|音乐|音樂)】\s*/
// `现场声：`, `同期声 刘赐贵`, `同期声：…小记者 杨艺涵`: the same labels without brackets
const BARE_LABEL = /^(?:同期声|同期聲|现场声|現場聲)(?:\s*[：:]\s*|\s+|$)/

const FURNITURE_REPAIR = { noise: 'noise', chrome: 'chrome', header: 'page-header', jump: 'jump' } as const

/** Drops text [from, to) of `src`: a repair over the input it spans, first to last character. */
function drop(input: string, report: Report, kind: RepairKind, src: SourceText, from: number, to: number): void {
  if (to <= from) return
  addRepair(report, input, kind, originAt(src, from), originAt(src, to - 1) + 1)
}

/** `，。！？；：,.!?;:`: punctuation a short line (title, headline) does not have. */
function isNotShort(c: number): boolean {
  return c === 0xff0c || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff1a ||
    c === 0x2c || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a
}

function isShort(text: string): boolean {
  if (text.length > MAX_SHORT) return false
  for (let i = 0; i < text.length; i++) if (isNotShort(text.charCodeAt(i))) return false
  return true
}

// the separators of a meta line's parts: `·`, `|`, two spaces or more
const META_PARTS = /\s*[·|｜]\s*|\s{2,}/

/** `《北京周报》记者 兰辛珍 · 2016-03-08 · 来源：…` → [{兰辛珍, 记者}]; `作者：王林`, `（责任编辑：李娟娟）` are no bylines. */
function metaByline(text: string): Reporter[] | null {
  if (!/记者|記者|通讯员|通訊員/.test(text)) return null
  for (const part of text.split(META_PARTS)) {
    const found = parseBylineLine(part.replace(/^《[^》]{1,12}》/, ''))
    if (found) return found
  }
  return null
}

/** One Line object, always built with the same shape. */
function makeLine(kind: LineKind, src: SourceText, start: number, end: number, level: number,
  speaker: ParsedSpeaker | null = null, reporters: Reporter[] | null = null): Line {
  return { kind, src, start, end, level, speaker, reporters }
}

/** `## 标题` → heading; `（记者 A）` → byline; `省人大代表、县委书记 刘波` → speaker; prose → body. */
export function classifyLine(input: string, start: number, end: number, clean: CleanLine, report: Report): Line {
  let src = clean.src
  const level = clean.level
  const text = src.text
  if (text.length === 0) return makeLine('blank', src, start, end, level)
  if (level > 0) return makeLine('heading', src, start, end, level)
  const first = text[0]
  const furniture = detectFurniture(text)
  // `《北京周报》记者 兰辛珍  ·   2016-03-08  ·   来源：北京周报网`: whole, its byline for every entry
  if (furniture === 'source') return makeLine('source', src, start, end, level, null, metaByline(text))
  if (furniture) {
    drop(input, report, FURNITURE_REPAIR[furniture], src, 0, text.length)
    return makeLine(furniture, src, start, end, level)
  }
  // `【同期】全国人大代表 张三：…`: a video-script label leaves, the line goes on
  const label = first === '【' ? SCRIPT_LABEL.exec(text) : first === '同' || first === '现' || first === '現' ? BARE_LABEL.exec(text) : null
  if (label) {
    drop(input, report, 'label', src, 0, label[0].length)
    src = sliceSource(src, label[0].length)
    if (src.text.length === 0) return makeLine('noise', src, start, end, level)
    return classifyLine(input, start, end, { src, level }, report)
  }
  const reporters = parseBylineLine(text)
  if (reporters) {
    drop(input, report, 'byline', src, 0, text.length)
    return makeLine('byline', src, start, end, level, null, reporters)
  }
  const speaker = parseSpeaker(text)
  if (speaker) {
    // `省人大代表、西宁市常委、大通县委书记 刘波`: the 、 separators leave with the line
    for (let i = text.indexOf('、'); i >= 0; i = text.indexOf('、', i + 1)) drop(input, report, 'speaker-line', src, i, i + 1)
    return makeLine('speaker', src, start, end, level, speaker)
  }
  if (isShort(text)) return makeLine('short', src, start, end, level)
  // `（上接第1版）正文……（下转第2版）`: jump marks at the edges of a body line
  const { head, tail } = jumpEdges(text)
  drop(input, report, 'jump', src, 0, head)
  drop(input, report, 'jump', src, text.length - tail, text.length)
  if (head || tail) src = sliceSource(src, head, text.length - tail)
  // `…政治生态。(记者 樊娅楠)`: a byline closing the paragraph
  const at = trailingBylineAt(src.text)
  if (at > 0) {
    const found = trailingByline(src.text, at)
    let cut = at
    while (cut > 0 && isSpaceLike(src.text.charCodeAt(cut - 1))) cut--
    drop(input, report, 'byline', src, at, src.text.length)
    src = sliceSource(src, 0, cut)
    return makeLine('body', src, start, end, level, null, found)
  }
  return makeLine('body', src, start, end, level)
}
