import { isHan, isSpaceLike } from './charClass'
import { NAME_DOTS, NAME_STARTS, NEVER_IN_NAMES, NOT_NAMES, SURNAMES, TITLE_ENDINGS, TITLE_LAST_CHARS } from './lexicon'
import type { ParsedSpeaker } from './types'

// A speaker line: titles joined by 、, then the name, with or without a space before it.

const MAX_SPEAKER_LINE = 60
// one flag byte per UTF-16 code unit: a table lookup instead of a hash lookup per character
const FORBIDDEN = 1
const ENDING_LAST = 2
const ENDING_FIRST = 4
const FLAGS = new Uint8Array(0x10000)
const flag = (c: number, f: number): void => void (FLAGS[c] = (FLAGS[c] ?? 0) | f)
for (const c of '，。！？；：“”‘’「」《》,.!?;:"（）()') flag(c.charCodeAt(0), FORBIDDEN)
// `出席州十四届人大三次会议的代表陆续报到`: a title never holds 的, a description (a headline) does
flag('的'.charCodeAt(0), FORBIDDEN)
for (const e of TITLE_ENDINGS) flag(e.charCodeAt(e.length - 1), ENDING_LAST)
for (const e of TITLE_ENDINGS) flag(e.charCodeAt(0), ENDING_FIRST)
for (const c of TITLE_LAST_CHARS) flag(c.charCodeAt(0), ENDING_LAST)
// `书记` → endings that open with 书, so a segment is searched once, not once per ending
const ENDINGS_BY_FIRST = new Map<string, string[]>()
for (const e of TITLE_ENDINGS) ENDINGS_BY_FIRST.set(e[0] ?? '', [...(ENDINGS_BY_FIRST.get(e[0] ?? '') ?? []), e])
const ENDINGS_BY_LAST = new Map<string, string[]>()
for (const e of TITLE_ENDINGS) ENDINGS_BY_LAST.set(e.at(-1) ?? '', [...(ENDINGS_BY_LAST.get(e.at(-1) ?? '') ?? []), e])

/** `才让多杰`, `马·阿不都`: Han characters, optionally with middle dots. */
export function isNameShape(s: string): boolean {
  let dots = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (NAME_DOTS.includes(s[i] ?? '')) dots++
    else if (!isHan(c)) return false
  }
  if (dots > 0) return s.length <= 14 && !NAME_DOTS.includes(s[0] ?? '') && !NAME_DOTS.includes(s.at(-1) ?? '')
  return s.length >= 2 && s.length <= 4
}

/** `王明`, `欧阳春`, `索南达杰`: a name that opens with a known surname or name part. */
export function isKnownName(s: string): boolean {
  if (!isNameShape(s) || NOT_NAMES.has(s)) return false
  for (const c of s) if (NEVER_IN_NAMES.includes(c)) return false
  if (SURNAMES.has(s[0] ?? '')) return true
  return NAME_STARTS.some((p) => s.startsWith(p) && s.length > p.length - (p.length > 2 ? 1 : 0))
}

/** `大通县委书记`: ends like a title. */
export function isTitleLike(s: string): boolean {
  if (s.length === 0) return false
  const last = s[s.length - 1] as string
  if (TITLE_LAST_CHARS.includes(last)) return true
  // `大通縣縣長`: only the endings with this last character can match
  const endings = ENDINGS_BY_LAST.get(last)
  return endings !== undefined && endings.some((e) => s.endsWith(e))
}

/** `县委书记 　刘波` → [县委书记, 刘波]: one slice per run of non-space characters. */
function splitSpaces(s: string): string[] {
  const out: string[] = []
  let from = 0
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && !isSpaceLike(s.charCodeAt(i))) continue
    if (i > from) out.push(s.slice(from, i))
    from = i + 1
  }
  return out
}

/** Every split of `县委书记王明` after a title ending that leaves a known name. */
function nameSplits(seg: string): number[] {
  const splits = new Set<number>()
  for (let i = 0; i < seg.length; i++) {
    // most characters open no title ending: a table lookup, not a one-character string and a hash
    if (((FLAGS[seg.charCodeAt(i)] as number) & ENDING_FIRST) === 0) continue
    const endings = ENDINGS_BY_FIRST.get(seg[i] ?? '')
    if (!endings) continue
    for (const e of endings) {
      const at = i + e.length
      if (at < seg.length && seg.startsWith(e, i) && isKnownName(seg.slice(at))) splits.add(at)
    }
  }
  return [...splits]
}

// `區(qū)`: a pinyin aside a TV script prints after a character (tone marks included)
const PINYIN_ASIDE = /[（(][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[）)]/g
// what an aside is masked with while the line is parsed: not Han, not a space, not punctuation
const MASK = '\ue000'

/** `現(xiàn)場` → `現場`: the characters without their pinyin asides. */
export function dropPinyin(s: string): string {
  return s.includes('(') || s.includes('（') ? s.replace(PINYIN_ASIDE, '') : s
}

/** `區(qū)人大代表 吳淑玄` → {吳淑玄, [區(qū)人大代表]}: asides masked while parsing, then put back into the titles. */
function parseWithAsides(line: string): ParsedSpeaker | null {
  const asides = line.match(PINYIN_ASIDE) ?? []
  if (asides.length === 0) return null
  const parsed = parseSpeaker(line.replace(PINYIN_ASIDE, (m) => MASK.repeat(m.length)))
  if (!parsed || parsed.name?.includes(MASK)) return null
  const titles = parsed.titles.map((t) => t.replace(/\ue000+/g, () => asides.shift() ?? ''))
  return { name: parsed.name, titles }
}

/**
 * `省人大代表、大通县委书记 刘波` → {name 刘波, titles [省人大代表, 大通县委书记]};
 * `省人大代表、玛沁县委副书记切本加` → {name null, …} (undecidable); a headline → null.
 */
export function parseSpeaker(line: string): ParsedSpeaker | null {
  if (line.length < 3 || line.length > MAX_SPEAKER_LINE) return null
  if (line.includes('(') || line.includes('（')) return parseWithAsides(line)
  let endingChar = false
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    const flags = FLAGS[c] as number
    if (flags & FORBIDDEN) return null
    endingChar ||= (flags & ENDING_LAST) !== 0
  }
  // `加快建设中央活力区`: no character that can end a title, so no speaker line
  if (!endingChar) return null
  const segs = line.split('、').map((s) => s.trim())
  if (segs.some((s) => s.length === 0)) return null
  const last = segs.pop() ?? ''
  const titles: string[] = []
  for (const s of segs) titles.push(...splitSpaces(s))
  if (!titles.every(isTitleLike)) return null
  const tokens = splitSpaces(last)
  if (tokens.length > 1) {
    // `大通县委书记 刘波`: the space marks the boundary
    const name = tokens.pop() ?? ''
    if (!isNameShape(name) || !tokens.every(isTitleLike)) return null
    return { name, titles: [...titles, ...tokens] }
  }
  // `大通县委书记刘波`: the boundary comes from a title ending and a known name
  const splits = nameSplits(last)
  if (splits.length === 1) {
    const at = splits[0] ?? 0
    return { name: last.slice(at), titles: [...titles, last.slice(0, at)] }
  }
  if (splits.length > 1 || looksLikeTitleAndName(last, titles.length)) return { name: null, titles: [...titles, last] }
  return null
}

/** `玛沁县委副书记切本加`: a title ending followed by a few Han characters, so a speaker line. */
function looksLikeTitleAndName(seg: string, before: number): boolean {
  // `县委书记王明` alone, with no title before it, is never enough
  if (before === 0) return false
  for (const e of TITLE_ENDINGS) {
    const i = seg.lastIndexOf(e)
    if (i < 0) continue
    const rest = seg.length - i - e.length
    if (rest >= 1 && rest <= 5 && before > 0 && i > 0) return isNameShape(seg.slice(i + e.length)) || rest === 1
  }
  return false
}
