import { isSpaceLike } from './charClass'
import type { CleanLine } from './cleanLine'
import { detectFurniture, jumpEdges } from './detectFurniture'
import { parseBylineLine, trailingByline, trailingBylineAt } from './parseByline'
import { dropPinyin, isKnownName, parseSpeaker } from './parseSpeaker'
import { addRepair } from './repairLog'
import { originAt, sliceSource } from './sourceText'
import type { Line, LineKind, ParsedSpeaker, RepairKind, Report, Reporter, SourceText } from './types'

// Pass 4: what each line is, by its shape alone (context comes in the next pass).

const MAX_SHORT = 40
// `【同期】`, `【解说】`, `【現(xiàn)場】` (a pinyin aside inside): labels of a video script
const BRACKET_LABEL = /^【([^【】]{1,24})】\s*/
const SCRIPT_WORDS = new Set(['同期', '同期声', '同期聲', '解说', '解說', '现场', '現場', '现场声', '現場聲', '画外音', '畫外音', '出镜',
  '出鏡', '采访', '採訪', '字幕', '导语', '導語', '主持人', '配音', '音乐', '音樂'])
// `同期声 刘赐贵`: after these labels the rest of the line names who speaks in the sound bite
const BITE_WORDS = new Set(['同期', '同期声', '同期聲', '采访', '採訪'])
// `现场声：`, `同期声 刘赐贵`, `同期声：…小记者 杨艺涵`: the same labels without brackets
const BARE_LABEL = /^(同期声|同期聲|现场声|現場聲)(?:\s*[：:]\s*|\s+|$)/

/** `【現(xiàn)場】記者…` → the label's length and whether a speaker may follow it; else null. */
function scriptLabel(text: string): { length: number; bite: boolean } | null {
  const first = text[0]
  if (first === '【') {
    const m = BRACKET_LABEL.exec(text)
    const word = m ? dropPinyin(m[1] as string) : ''
    return m && SCRIPT_WORDS.has(word) ? { length: m[0].length, bite: BITE_WORDS.has(word) } : null
  }
  if (first !== '同' && first !== '现' && first !== '現') return null
  const m = BARE_LABEL.exec(text)
  return m ? { length: m[0].length, bite: BITE_WORDS.has(m[1] as string) } : null
}

// `刘赐贵`, `海南省广播电视总台 青少频道《科教一线》 小记者 杨艺涵`: who speaks, after a sound-bite label
const BITE_SPEAKER_MAX = 60
const NOT_IN_BITE_SPEAKER = /[，。！？；：,.!?;:“”"「」]/

/** The rest of a sound-bite label line → its speaker: the last word a name, the words before it titles as printed. */
function biteSpeaker(text: string): ParsedSpeaker | null {
  if (text.length > BITE_SPEAKER_MAX || NOT_IN_BITE_SPEAKER.test(text)) return null
  const parsed = parseSpeaker(text)
  if (parsed?.name) return parsed
  const words = text.split(/\s+/).filter((w) => w.length > 0)
  const name = words.pop() ?? ''
  return isKnownName(name) ? { name, titles: words } : null
}

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

/**
 * `全国人大代表卓长立：` as a whole line → {卓长立, [全国人大代表]}. Titles are required: a bare name
 * or role label on its own line (`记者：`, `张三：`) is a transcript turn, left to the Q&A rules.
 */
const isColon = (c: number): boolean => c === 0xff1a || c === 0x3a

function labelLineSpeaker(text: string): ParsedSpeaker | null {
  if (!isColon(text.charCodeAt(text.length - 1))) return null
  const speaker = parseSpeaker(text.slice(0, -1))
  return speaker && speaker.name !== null && speaker.titles.length > 0 ? speaker : null
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
  const label = scriptLabel(text)
  if (label) {
    drop(input, report, 'label', src, 0, label.length)
    src = sliceSource(src, label.length)
    if (src.text.length === 0) return makeLine('noise', src, start, end, level)
    // `同期声 刘赐贵`: the rest names who speaks in the bite, a speaker line (corpus rule 11)
    const bite = label.bite ? biteSpeaker(src.text) : null
    if (bite) return makeLine('speaker', src, start, end, level, bite)
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
  // `全国人大代表卓长立：` alone on its line, the answer on the next: a speaker line whose colon leaves
  const labelled = labelLineSpeaker(text)
  if (labelled) {
    drop(input, report, 'speaker-line', src, text.length - 1, text.length)
    return makeLine('speaker', src, start, end, level, labelled)
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
