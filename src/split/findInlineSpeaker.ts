import { isSpaceLike } from './charClass'
import { findMention } from './findMention'
import { SPEECH_VERBS, SUFFIX_TITLES } from './lexicon'
import { isKnownName, isNameShape, parseSpeaker } from './parseSpeaker'
import type { ParsedSpeaker } from './types'

// Inline layout: a paragraph whose opening names who speaks (DESIGN.md section 4, "Entry starts").

const MAX_ATTRIBUTION = 60
const MAX_LABEL = 40
const ADVERBS = '则則也还還就又亦更再都'

/** Where the attribution was found: before a speech verb, after a leading quote, or as a label. */
export type AttributionForm = 'verb' | 'quote' | 'label' | 'mention'

export interface Attribution {
  speaker: ParsedSpeaker & { name: string }
  form: AttributionForm
  /** `罗布央宗说，`: a person's verb (说, 表示) after a bare name, so the name is a person's. */
  personVerb?: boolean
}

// verbs only people use: `文件指出` is a document, `张三说` a person
const PERSON_VERBS = ['说', '說', '説', '表示', '说道', '坦言', '告诉记者', '告訴記者', '感慨']

const isOpenParen = (c: number): boolean => c === 0xff08 || c === 0x28
const isCloseParen = (c: number): boolean => c === 0xff09 || c === 0x29
const isColon = (c: number): boolean => c === 0xff1a || c === 0x3a
const isComma = (c: number): boolean => c === 0xff0c || c === 0x2c

// the word a dateline ends on: `本报讯`, `…日电`
const DATELINE_END = /(?:讯|訊|电|電)[ \u3000]*$/
// a site's `云上黄石报道(记者 …)`: 报道 is also a plain noun (`看了报道（节选）`), so the bracket must credit a reporter
const REPORT_END = /(?:报道|報導|報道)[ \u3000]*$/
const CREDIT_OPEN = /^[（(][ \u3000]*(?:记者|記者|通讯员|通訊員)/

/**
 * `本报讯（记者 韩雪）`, `新华社北京3月5日电（记者 王林）`, `云上黄石报道(记者 A B)`, `本报讯 (记者 A)`
 * (a space before the bracket, as web pages print it): length of a leading dateline, else 0.
 */
export function datelineLength(text: string): number {
  const limit = Math.min(text.length, 24)
  for (let i = 2; i < limit; i++) {
    const c = text.charCodeAt(i)
    if (!isOpenParen(c)) continue
    const head = text.slice(0, i)
    if (!DATELINE_END.test(head) && !(REPORT_END.test(head) && CREDIT_OPEN.test(text.slice(i)))) return 0
    const close = text.slice(i, i + 40).search(/[）)]/)
    return close < 0 ? 0 : i + close + 1
  }
  return 0
}

/** `来自青海的全国人大代表张三` → `全国人大代表张三`; `参加交流的发改委主任张三` → `发改委主任张三`. */
function dropOrigin(s: string): string {
  const de = s.lastIndexOf('的')
  return de >= 0 && s.length - de > 2 ? s.slice(de + 1) : s
}

/**
 * Who a short piece of text names: `全国人大代表、某县委书记张三`, `全国政协委员 赵刚`,
 * `王强代表` (name 王强, titles [代表]), `张三（全国人大代表、某厂厂长）`, or a bare known name `张三`.
 */
export function parseAttribution(raw: string): (ParsedSpeaker & { name: string }) | null {
  const s = dropOrigin(raw.trim())
  if (s.length < 2 || s.length > MAX_ATTRIBUTION) return null
  // `张三（全国人大代表、某厂厂长）`
  if (isCloseParen(s.charCodeAt(s.length - 1))) {
    const open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('))
    const name = s.slice(0, open).trim()
    if (open < 2 || !isNameShape(name)) return null
    const titles = s.slice(open + 1, -1).split(/[、，,]/).map((t) => t.trim()).filter((t) => t.length > 0)
    return titles.length > 0 ? { name, titles } : null
  }
  // `王强代表`: a known name, then a title that follows names
  for (const t of SUFFIX_TITLES) {
    if (s.length > t.length && s.endsWith(t) && isKnownName(s.slice(0, -t.length))) return { name: s.slice(0, -t.length), titles: [t] }
  }
  if (isKnownName(s)) return { name: s, titles: [] }
  const p = parseSpeaker(s)
  if (p && p.name !== null && p.titles.length > 0) return { name: p.name, titles: p.titles }
  return null
}

/** `…张三表示` → `…张三`: the text before a speech verb that ends `s`, else null. */
function beforeVerb(s: string): string | null {
  const verb = SPEECH_VERBS.find((v) => s.endsWith(v))
  if (!verb) return null
  const before = s.slice(0, -verb.length)
  // `黃捷則說`, `张三也表示`: an adverb between name and verb is not part of the name
  return ADVERBS.includes(before.at(-1) ?? '') && before.length > 2 ? before.slice(0, -1) : before
}

/** `“國會”`: the index of the closing quote of a term of at most 8 characters, else -1. */
function quotedTermEnd(text: string, open: number): number {
  const closer = text.charCodeAt(open) === 0x201c ? '”' : '」'
  const inner = text.slice(open + 1, open + 10)
  const at = inner.indexOf(closer)
  return at > 0 && !inner.slice(0, at).includes('，') ? open + 1 + at : -1
}

// `身為“立院”學姐`, `作为一名老代表`: a description of the person named right after it
const DESCRIBED = /^[但而并並且也]?(?:身為|身为|作為|作为)/

/** `但身為“立院”學姐賴品妤` → `賴品妤`: the name closing a description, else null. */
function describedName(prefix: string): string | null {
  if (!DESCRIBED.test(prefix)) return null
  for (const n of [3, 2]) {
    const name = prefix.slice(-n)
    if (prefix.length > n + 2 && isKnownName(name)) return name
  }
  return null
}

/** `全国人大代表张三表示，…`, `…说：“…`, `在谈到…时，某委员张三指出，…`: the attribution before a verb. */
function verbForm(text: string, from: number): Attribution | null {
  const limit = Math.min(text.length - 1, from + MAX_ATTRIBUTION)
  let seg = from
  for (let i = from + 1; i < limit; i++) {
    const c = text.charCodeAt(i)
    // `新“國會”明日啟動，吳沛憶表示，`: a short quoted term is a word, not speech
    const term = c === 0x201c || c === 0x300c ? quotedTermEnd(text, i) : -1
    if (term > 0) {
      i = term
      continue
    }
    if (c === 0x3002 || c === 0x201c || c === 0x300c || c === 0xff1f || c === 0xff01) return null
    if (!isComma(c) && !isColon(c)) continue
    const clause = text.slice(seg, i)
    const prefix = beforeVerb(clause)
    if (prefix !== null) {
      const speaker = parseAttribution(prefix)
      if (speaker) return { speaker, form: 'verb', personVerb: PERSON_VERBS.some((v) => clause.endsWith(v)) }
      // `但身為“立院”學姐賴品妤認為，`: a person described by her role, then named; no titles
      const described = describedName(prefix)
      return described ? { speaker: { name: described, titles: [] }, form: 'verb', personVerb: true } : null
    }
    // `在谈到乡村振兴时，`: one clause may come first
    if (isColon(c) || seg > from) return null
    seg = i + 1
  }
  return null
}

/** `“……。”张三说。`, `“……”全国人大代表张三表示，…`: the attribution after a leading quote. */
function quoteForm(text: string, from: number): Attribution | null {
  const open = text.charCodeAt(from)
  const closer = open === 0x201c ? '”' : open === 0x300c ? '」' : null
  if (closer === null) return null
  const close = text.indexOf(closer, from + 1)
  if (close < 0) return null
  let end = close + 1
  while (end < text.length && end - close <= MAX_ATTRIBUTION) {
    const c = text.charCodeAt(end)
    if (c === 0x3002 || isComma(c) || isColon(c) || c === 0x201c || c === 0x300c) break
    end++
  }
  const after = text.slice(close + 1, end).trim()
  const prefix = beforeVerb(after)
  const speaker = prefix === null ? null : parseAttribution(prefix)
  if (speaker) return { speaker, form: 'quote' }
  // `“……。”刘永好的话题离不开农业。`: the quote's owner named right after it, as the subject
  const owner = [3, 2].map((n) => after.slice(0, n)).find((n) => after[n.length] === '的' && isKnownName(n))
  return owner ? { speaker: { name: owner, titles: [] }, form: 'quote' } : null
}

/** `全国政协委员 赵刚：…`, `王强代表：…`, `张三（全国人大代表、某厂厂长）：…`: a label opening the paragraph. */
function labelForm(text: string, from: number): Attribution | null {
  const limit = Math.min(text.length - 1, from + MAX_LABEL)
  let depth = 0
  for (let i = from + 1; i < limit; i++) {
    const c = text.charCodeAt(i)
    if (isOpenParen(c)) depth++
    else if (isCloseParen(c)) depth--
    else if (depth === 0 && (c === 0x3002 || isComma(c) || c === 0x201c)) return null
    else if (depth === 0 && isColon(c)) {
      // `张立军：` alone is a turn in a Q&A or transcript: a new entry only when the name changes
      const speaker = parseAttribution(text.slice(from, i))
      return speaker ? { speaker, form: 'label' } : null
    }
  }
  return null
}

/** The speaker a paragraph opens with, by any attribution form, else null. */
export function findAttribution(text: string): Attribution | null {
  let from = datelineLength(text)
  while (from < text.length && isSpaceLike(text.charCodeAt(from))) from++
  if (from >= text.length - 1) return null
  const found = quoteForm(text, from) ?? verbForm(text, from) ?? labelForm(text, from)
  if (found) return found
  // `一走上代表通道，全国人大代表杨伟就…`: a titled person introduced in the opening sentences
  const speaker = findMention(text, from)
  return speaker ? { speaker, form: 'mention' } : null
}

/** The speaker of a paragraph that opens `titles + name + 说/表示/认为…`, with titles, else null. */
export function findInlineSpeaker(text: string): ParsedSpeaker | null {
  const found = findAttribution(text)
  return found && found.speaker.titles.length > 0 ? found.speaker : null
}
