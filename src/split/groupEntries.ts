import { isSpaceLike } from './charClass'
import { datelineLength, findAttribution, type Attribution } from './findInlineSpeaker'
import { namesGroup } from './findMention'
import { isSubhead } from './isSubhead'
import { speaksOfGroup } from './speaksOfGroup'
import { leadsInto } from './leadsInto'
import { settleAttributions } from './settleAttributions'
import { parseByline, parsePhotoCredit } from './parseByline'
import { isTitleLike } from './parseSpeaker'
import type { Block, ParsedSpeaker, Reporter, SourceText } from './types'

// Pass 7: blocks → title, intro, entries, outro. Bylines that open or close the whole piece
// go to every entry without its own; photo credits go beside the writing byline.

export interface DraftEntry {
  headline: SourceText | null
  speaker: ParsedSpeaker | null
  speakerSrc: SourceText | null
  reporters: Reporter[]
  /** Photo credits (`（记者 A 摄）`): added beside the entry's or the roundup's writing byline. */
  photo: Reporter[]
  paragraphs: SourceText[]
  closed: boolean
}

export interface DraftDoc {
  title: SourceText | null
  intro: SourceText[]
  entries: DraftEntry[]
  outro: SourceText[]
  /** Speaker lines repeating the current speaker: they leave the text, so they need a repair. */
  repeated: SourceText[]
}

const entry = (headline: SourceText | null, speaker: ParsedSpeaker | null, speakerSrc: SourceText | null): DraftEntry =>
  ({ headline, speaker, speakerSrc, reporters: [], photo: [], paragraphs: [], closed: false })

/**
 * `…黃錦輝（中評社 盧哲攝） 中評社北京3月6日電…`: a caption closed by its photo credit and glued to the
 * lead on one line → where the lead starts and who took the photo; else null.
 */
function gluedCaption(text: string): { lead: number; photo: Reporter[] } | null {
  const m = /(?:摄影|攝影|摄|攝)[）)]/.exec(text.slice(0, 80))
  if (!m) return null
  const end = m.index + m[0].length
  const open = Math.max(text.lastIndexOf('（', m.index), text.lastIndexOf('(', m.index))
  const photo = open > 0 ? parsePhotoCredit(text.slice(open + 1, end - 1)) : null
  if (!photo) return null
  let lead = end
  while (lead < text.length && isSpaceLike(text.charCodeAt(lead))) lead++
  return { lead, photo }
}

// `記者 施文雅：我現在是在…`: a reporter's stand-up, her byline as the label
const STAND_UP = /^([^：:，,。]{3,16})[：:]/
// `（中央社記者蘇龍麒台北8日電）`: the byline and the dateline in one bracket, the place and date after the name
const BRACKET_DATELINE = /[（(][^（()）]{0,10}?(记者|記者)([\u4e00-\u9fff]{2,3})[\u4e00-\u9fff]{2,4}\d{1,2}日[电電][）)]/

/** `本报讯（记者 A）…`, `新华社北京3月5日电（记者 A）…` → the reporters of an opening dateline byline. */
function datelineReporters(full: string): Reporter[] | null {
  const text = full.slice(gluedCaption(full)?.lead ?? 0)
  const n = datelineLength(text)
  const inBracket = n === 0 ? BRACKET_DATELINE.exec(text.slice(0, 40)) : null
  if (inBracket) return [{ name: inBracket[2] as string, role: inBracket[1] as string }]
  // a TV script's opening stand-up by a named reporter (corpus rule 16) credits her on every entry
  if (n === 0) return parseByline(STAND_UP.exec(text)?.[1] ?? '')
  const open = text.slice(0, n).search(/[（(]/)
  return parseByline(text.slice(open + 1, n - 1))
}

const isPhoto = (rs: Reporter[]): boolean => rs.length > 0 && rs.every((r) => r.role === '摄影' || r.role === '攝影')

/** Does the attribution name a speaker other than the current entry's, so a new entry starts? */
function startsNew(att: Attribution | null, cur: DraftEntry | null): boolean {
  if (!att) return false
  if (cur?.speaker?.name === att.speaker.name) return false
  // `“……。”张三说。` names its speaker plainly; other forms need titles (`文件指出` is not a person)
  // `郎永淳：…` then `張泉靈：…`: a bare name label is a turn of that person in a transcript
  return att.speaker.titles.length > 0 || att.form === 'quote' || att.form === 'label' || att.personVerb === true
}

// the first clause of a paragraph: up to its first comma, colon or full stop
const FIRST_CLAUSE = /^[^，,：:。！？!?]{0,24}/

/** `刘赐贵停下了脚步，…`, `小记者杨艺涵说，…`: the paragraph's first clause names `name`. */
function namedFirst(text: string, name: string): boolean {
  return (FIRST_CLAUSE.exec(text)?.[0] ?? '').includes(name)
}

// `采访完人大代表，`: delegates in general (no name after the word) in the first clause
const DELEGATES_IN_GENERAL = /(?:代表|委员|委員)(?:$|[们們的])/
// the speaker's own voice or a reference to them: `我` (not `我们`), `他`, `她`, `其`, a quote
const ABOUT_SPEAKER = /我(?![们們])|[他她其“「]/

/** The last paragraph of an inline piece that speaks of the delegates in general, not of its speaker. */
function closesPiece(text: string, name: string): boolean {
  if (name.length === 0 || text.includes(name) || text.includes(name[0] as string) || ABOUT_SPEAKER.test(text)) return false
  return DELEGATES_IN_GENERAL.test(FIRST_CLAUSE.exec(text)?.[0] ?? '')
}

/** The paragraph just before the last entry moves into it (a question or a caption that leads into it). */
function adoptPrevious(doc: DraftDoc, src: SourceText): void {
  const owner = doc.entries.at(-2)?.paragraphs ?? doc.intro
  const last = doc.entries.at(-1)
  if (last && owner.at(-1) === src) last.paragraphs.unshift(owner.pop() as SourceText)
}

// `记者眼中的总理表情`: a subhead has no sentence punctuation and opens with no bracket or quote
const SUBHEAD_MAX = 40
const NOT_SUBHEAD = /[，。！？；：,.!?;:（(【\[“「『"]/

/**
 * `记者眼中的总理表情` then `任永蔚：…`: a subhead right above an interview's first turn (or its
 * question, already adopted) is that entry's headline, not a paragraph of the one before.
 */
function adoptSubhead(doc: DraftDoc, prev: Block | undefined): void {
  const last = doc.entries.at(-1)
  const owner = doc.entries.at(-2)?.paragraphs ?? doc.intro
  if (!last || last.headline || prev?.kind !== 'para' || owner.at(-1) !== prev.src) return
  const text = prev.src.text
  // `全国人大代表、某中学副校长` above the turns: the speaker's titles, not a subhead
  if (text.length > SUBHEAD_MAX || NOT_SUBHEAD.test(text) || isTitleLike(text)) return
  last.headline = owner.pop() as SourceText
}

/** The whole piece, from the blocks of joinBreaks. */
export function groupEntries(blocks: Block[]): DraftDoc {
  const doc: DraftDoc = { title: null, intro: [], entries: [], outro: [], repeated: [] }
  const inline = !blocks.some((b) => b.kind === 'headline' || b.kind === 'speaker')
  // print layouts ask only where a headline still lacks its speaker (below), so they pay nothing here
  const atts = blocks.map((b) => (inline && b.kind === 'para' ? findAttribution(b.src.text) : null))
  if (inline) settleAttributions(atts, blocks)
  const shared: Reporter[] = []
  const credited = new Set<Reporter>()
  let pendingPhoto: Reporter[] = []
  let trailing: SourceText[] = []
  let cur: DraftEntry | null = null
  const lastStart = blocks.findLastIndex((b, i) => b.kind === 'headline' || b.kind === 'speaker' ||
    (inline && atts[i] !== null && startsNew(atts[i] ?? null, null)))
  const start = (e: DraftEntry): void => {
    if (cur) cur.paragraphs.push(...trailing)
    else doc.intro.push(...trailing)
    trailing = []
    e.photo.push(...pendingPhoto)
    pendingPhoto = []
    doc.entries.push(e)
    cur = e
  }
  blocks.forEach((b, i) => {
    if (b.kind === 'title') doc.title ??= b.src
    else if (b.kind === 'headline') start(entry(b.src, null, null))
    else if (b.kind === 'speaker') {
      // a speaker line right under its headline completes that entry
      if (cur && !cur.speaker && cur.paragraphs.length === 0 && trailing.length === 0 && !cur.closed) {
        cur.speaker = b.speaker
        cur.speakerSrc = b.src
      } else if (cur && !cur.closed && trailing.length === 0 && b.speaker?.name && cur.speaker?.name === b.speaker.name) {
        // `【同期】全国人大代表 蒋胜男` again: the same speaker's next sound bite, the same entry
        doc.repeated.push(b.src)
      } else {
        start(entry(null, b.speaker, b.src))
        // `蒋胜男说，她的建议…` right above her speaker line introduces her bite: it opens her entry
        const prev = blocks[i - 1]
        const name = b.speaker?.name
        // … and so does `刘赐贵停下了脚步，…` above `同期声 刘赐贵`: a paragraph whose first clause names her
        if (name && prev?.kind === 'para' && (namedFirst(prev.src.text, name) || findAttribution(prev.src.text)?.speaker.name === name)) {
          adoptPrevious(doc, prev.src)
        }
      }
    } else if (b.kind === 'source') {
      // `来源：青海日报`, `责任编辑：王某`: intro or outro paragraphs of their own, never in an entry
      if (b.reporters) shared.push(...b.reporters)
      if (cur) trailing.push(b.src)
      else doc.intro.push(b.src)
    } else if (b.kind === 'byline') {
      const rs = b.reporters ?? []
      if (isPhoto(rs) && (!cur || cur.paragraphs.length === 0 || blocks[i + 1]?.kind === 'para')) {
        // `（记者 A 摄）` between speaker line and body: a credit of the entry, which goes on
        if (cur) cur.photo.push(...rs)
        else pendingPhoto.push(...rs)
      } else if (cur && (b.inline || i < lastStart) && !cur.closed) {
        cur.reporters.push(...rs)
        cur.closed = true
      } else {
        // `（记者 A B）` closing the whole roundup, or `本报记者 A` opening it
        shared.push(...rs)
        // `…记者 戴睿云 摄影 魏志阳 设计 王汝吉`: a photographer on the piece's credit line is one of its credits
        if (!isPhoto(rs)) for (const r of rs) credited.add(r)
        if (cur) cur.closed = true
      }
    } else {
      const seeking = !inline && cur !== null && !cur.speaker && cur.headline !== null && !cur.closed && trailing.length === 0
      const att = seeking ? findAttribution(b.src.text) : atts[i] ?? null
      if (doc.entries.length === 0) shared.push(...(datelineReporters(b.src.text) ?? []))
      // `建议取消公摊面积` over `全国政协委员洪洋建议…`: the headline's entry takes the attribution's speaker
      // … or the first answer label under it (`记者：…` then `李选生：…`)
      if (seeking && att && cur && (cur.paragraphs.length === 0 || att.form === 'label') && startsNew(att, null)) {
        cur.speaker = att.speaker
        cur.paragraphs.push(b.src)
      } else if (inline && att && startsNew(att, cur)) {
        const prev = blocks[i - 1]
        // `提前来京拜访院士取经` right above the attribution: that entry's headline (corpus rule 7)
        const owner = trailing.length > 0 ? trailing : cur ? cur.paragraphs : doc.intro
        const sub = prev?.kind === 'para' && owner.at(-1) === prev.src && isSubhead(prev.src.text) && !leadsInto(prev.src.text, att)
        start({ ...entry(sub ? (owner.pop() as SourceText) : null, att.speaker, null), paragraphs: [b.src] })
        // a caption glued to the attribution line credits its photographer in this entry
        doc.entries.at(-1)?.photo.push(...(gluedCaption(b.src.text)?.photo ?? []))
        // a question moved into the entry (`问：…？`) may sit between the turn and its subhead
        const adopted = !sub && prev?.kind === 'para' && leadsInto(prev.src.text, att)
        if (adopted) adoptPrevious(doc, prev.src)
        if (att.form === 'label') adoptSubhead(doc, blocks[adopted ? i - 2 : i - 1])
      }
      else if (!cur) doc.intro.push(b.src)
      // `代表们纷纷表示`, `小记者们表示`: the group speaks, not the entry's speaker
      else if (cur.closed || trailing.length > 0 || speaksOfGroup(b.src.text) || (inline && namesGroup(b.src.text))) trailing.push(b.src)
      else cur.paragraphs.push(b.src)
    }
  })
  // `采访完人大代表，让我们这些…小记者收获了信心`: a closing remark about the delegates in general ends the piece
  const last = doc.entries.at(-1)
  const closing = last?.paragraphs.at(-1)
  if (inline && last && closing && last.paragraphs.length > 1 && closesPiece(closing.text, last.speaker?.name ?? '')) {
    doc.outro.push(last.paragraphs.pop() as SourceText)
  }
  doc.outro.push(...trailing)
  // each reporter once (`（记者 A）` opening and closing the piece is one byline)
  const seen = new Set<string>()
  const writing = shared.filter((r) => {
    const key = `${r.name}\u0000${r.role}`
    if ((isPhoto([r]) && !credited.has(r)) || seen.has(key)) return false
    seen.add(key)
    return true
  })
  for (const e of doc.entries) {
    const own = e.reporters.length > 0 ? e.reporters : writing.map((r) => ({ ...r }))
    e.reporters = [...own, ...e.photo]
  }
  return doc
}
