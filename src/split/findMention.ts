import { isHan } from './charClass'
import { SPEECH_VERBS, SUFFIX_TITLES, TITLE_ENDINGS, TITLE_LAST_CHARS } from './lexicon'
import { isKnownName, isNameShape, isTitleLike } from './parseSpeaker'
import type { ParsedSpeaker } from './types'

// A paragraph that introduces a titled person, wherever in its first sentences:
// `一走上代表通道，全国人大代表、歼-20飞机总设计师杨伟就…`, `”15日上午，全国人大代表骆云莲在朋友圈…`.
// Web copy often opens a speaker's part this way, with no speech verb at the start.

/** How far into a paragraph an introduction is looked for (the first sentence or two). */
const WINDOW = 160
const MAX_TITLES = 70

// what may follow a name that closes an introduction: `杨伟在`, `王云师对`, `黃宏一走下` (黃宏 + 一)
const AFTER_NAME = '，,。：:；（(“「”」在是就也还還则則对對一从從说說表认認指建强強介谈談坦呼关關提告等的今去曾又已都正将將带帶为為来來十非特深激很最首'
// where the phrase of titles before a name begins
const CLAUSE_START = '，,。；;：:“”「」！？!?（(）)\n'

// `我们采访的人大代表是渝万律师事务所主任张兴安`: the person named after 是 is who it is about,
// so the titles start there
const IS = '是'
// `人大代表是渝万律师事务所主任`, `记者与工作人员`: a clause, not a phrase of titles
const NOT_IN_TITLE = /[是与和找要求请向让由被把在对给到来了]/
const NOT_IN_NAME = /[和与與及或的了在是们們等会會委员員局所厅廳部处處团團组組省市县縣区區之有则則也还還就又]/
// `许多委员都…`, `各位人大代表`: people in general, not one person's titles
const CROWD = /^(?:许多|很多|各位|多位|不少|一些|部分|众多|广大|許多|各位|眾多|廣大)/
// `在全国政协委员、某校副校长张全国的房间`: a preposition before the titles
const PREPOSITION = /^[在據据對对向與与跟同经經]/
// `周桐宇、沈雯都关注`, `陈海刚与冯国勤将提交`: two people, so nobody's entry
const GROUP_AFTER = '、和与與及'

/** `来自北京的全国人大代表` → `全国人大代表`; `参加此次交流的发改委主任` → `发改委主任`. */
function dropDescription(s: string): string {
  const de = s.lastIndexOf('的')
  return de >= 0 ? s.slice(de + 1) : s
}

/** `全国人大代表、某县委书记` → its titles when every piece reads as a title, else null. */
function titlesOf(phrase: string): string[] | null {
  const s = dropDescription(phrase).trim().replace(PREPOSITION, '')
  if (s.length < 2 || s.length > MAX_TITLES || CROWD.test(s)) return null
  const titles = s.split(/[、\s]+/).filter((t) => t.length > 0)
  if (titles.length === 0 || !titles.every((t) => t.length >= 2 && isTitleLike(t) && !NOT_IN_TITLE.test(t))) return null
  // the title right before the name ends in a title word (`代表`, `书记`), not only a title-like character
  const last = titles.at(-1) ?? ''
  return TITLE_ENDINGS.some((e) => last.endsWith(e)) ? titles : null
}

const followsName = (text: string, at: number): boolean =>
  at >= text.length || AFTER_NAME.includes(text[at] ?? '') || SUFFIX_TITLES.some((t) => text.startsWith(t, at)) ||
  SPEECH_VERBS.some((v) => text.startsWith(v, at))

// `徐和谊`: 和 inside a three-character name is a name character, not `李书福和肖伟`'s conjunction
const nameOk = (name: string): boolean =>
  !NOT_IN_NAME.test(name.length === 3 && name[1] === '和' ? `${name[0]}${name[2]}` : name)

// `渝万律师事务所主任`: a word ending like an institution is part of the titles, never a name before one
const ORG_END = /[所院局厂廠司社校站队隊馆館部处處科室办辦]$/

// `其德代表团`: a title followed by 团/们 is a body of people, not a title after a name
const AFTER_SUFFIX = '团團们們会會处處'

/** `其德代表讲起了…`: a title printed right after the name at `end` (`代表`, `委员`), else null. */
function suffixAt(text: string, end: number): string | null {
  const t = SUFFIX_TITLES.find((s) => text.startsWith(s, end))
  return t && !AFTER_SUFFIX.includes(text[end + t.length] ?? '') ? t : null
}

/** The name that starts at `at`: 3 characters unless the third one opens the next word (`杨伟就说`, `黃宏一走下`). */
function nameAt(text: string, at: number): string | null {
  const three = text.slice(at, at + 3)
  const two = text.slice(at, at + 2)
  const ok2 = isKnownName(two) && nameOk(two)
  if (ok2 && followsName(text, at + 2)) return two
  if (three.length === 3 && isKnownName(three) && nameOk(three)) return three
  if (ok2) return two
  // `…党支部书记其德代表`: between a title and a title printed after it, any short name (no surname list)
  for (let n = 2; n <= 4; n++) {
    const name = text.slice(at, at + n)
    if (isNameShape(name) && nameOk(name) && !ORG_END.test(name) && suffixAt(text, at + n)) return name
  }
  return null
}

/** `河北省委常委、副省長，雄安新區黨工委書記…陳剛`: titles of the clause before, when it holds only titles. */
function withTitlesBefore(text: string, clause: number, titles: string[] | null): string[] | null {
  if (titles === null || clause < 2 || (text[clause - 1] !== '，' && text[clause - 1] !== ',')) return titles
  const before = text.slice(0, clause - 1)
  const from = Math.max(...[...CLAUSE_START].map((c) => before.lastIndexOf(c))) + 1
  const more = before.slice(from)
  // only titles (`全国人大代表`), not a clause that merely ends like one (`一走上代表通道`)
  const extra = more.includes('的') ? null : titlesOf(more)
  return extra ? [...extra, ...titles] : titles
}

/** Near the name (a bounded window, so a huge paragraph costs no more than a short one). */
function speaks(text: string, from: number): boolean {
  const near = text.slice(0, from + WINDOW)
  return /[“「]/.test(near) || SPEECH_VERBS.some((v) => near.indexOf(v, from) >= 0)
}

/** `（集团）有限公司`: a closing parenthesis within a few characters, with Han text right after it. */
function isTitleAside(text: string, at: number): boolean {
  for (let j = at; j < at + 8 && j < text.length; j++) {
    const c = text[j]
    if (c === '）' || c === ')') return j > at && isHan(text.charCodeAt(j + 1))
    if (!isHan(text.charCodeAt(j))) return false
  }
  return false
}

/** The first titled person the opening of `text` names, from `from`, else null. */
export function findMention(text: string, from = 0): (ParsedSpeaker & { name: string }) | null {
  const found = scan(text, from)
  return found && !found.group ? found.speaker : null
}

/** `今天，全国人大代表李书福和肖伟还分别…`: the opening names titled people together (a group paragraph). */
export function namesGroup(text: string): boolean {
  return scan(text, 0)?.group === true
}

/** A titled name in the opening of a paragraph: where it is, and whether `、和与` join it to another. */
interface Hit {
  speaker: ParsedSpeaker & { name: string }
  end: number
  together: boolean
}

// `来到`, `拜访`, `见到`: a visit to the person, whose titles follow
const VISIT = '到访訪见見'

/** `记者先来到全国人大代表` → `全国人大代表`: the titles after the last verb or preposition of a clause. */
function titlesAfterVerb(phrase: string, anyVerb: boolean): string[] | null {
  let cut = -1
  for (let k = phrase.length - 1; k >= 0 && cut < 0; k--) if (NOT_IN_TITLE.test(phrase[k] ?? '')) cut = k
  return cut >= 0 && (anyVerb || VISIT.includes(phrase[cut] ?? '')) && phrase.length - cut > 4 ? titlesOf(phrase.slice(cut + 1)) : null
}

/**
 * `国务院总理李克强代表国务院向大会…`: a titled person right before `代表` acts on behalf of the body
 * after it; `代表` is the verb there, not a title, and the body (`国务院`) is nobody's name.
 */
function actsFor(phrase: string): boolean {
  if (!phrase.endsWith('代表')) return false
  const lead = phrase.slice(0, -2)
  return [3, 2].some((n) => {
    const name = lead.slice(-n)
    const title = lead.slice(0, -n)
    return name.length === n && title.length >= 2 && isKnownName(name) && isTitleLike(title)
  })
}

/**
 * The next titled name between `from` and `limit`, whether or not the person speaks; `other`: a
 * second person, whose titles may follow any verb (`…在北京与人大代表、村党委书记武继军…`).
 */
function nextTitled(text: string, from: number, limit: number, other = false): Hit | null {
  let clause = from
  let inTitle = false
  for (let i = from + 1; i < limit; i++) {
    const prev = text[i - 1] ?? ''
    // `上海紫江（集团）有限公司董事长`: a short aside inside a title does not start a clause
    if (prev === '（' || prev === '(') inTitle = isTitleAside(text, i)
    if (inTitle && (prev === '）' || prev === ')')) inTitle = false
    else if (!inTitle && (CLAUSE_START.includes(prev) || prev === IS)) clause = i
    if (!TITLE_LAST_CHARS.includes(prev) || !isHan(text.charCodeAt(i)) || i - clause < 2) continue
    const name = nameAt(text, i)
    // `河北省委常委`: a title word, not a name; `各位人大代表和政协委员`: not a name either
    if (name === null || TITLE_ENDINGS.some((e) => name.endsWith(e)) || !nameOk(name)) continue
    const phrase = text.slice(clause, i)
    if (actsFor(phrase)) continue
    const before = withTitlesBefore(text, clause, titlesOf(phrase) ?? titlesAfterVerb(phrase, other))
    if (!before) continue
    // `…党支部书记其德代表`: titles after the name follow those before it
    const suffix = suffixAt(text, i + name.length)
    const end = i + name.length + (suffix?.length ?? 0)
    return { speaker: { name, titles: suffix ? [...before, suffix] : before }, end, together: GROUP_AFTER.includes(text[end] ?? '') }
  }
  return null
}

const SENTENCE_END = /[。！？!?]/

function scan(text: string, from: number): { speaker: ParsedSpeaker & { name: string }; group: boolean } | null {
  // `蒋洪委员还专门在小组发言中…`: a name, then the title printed after it
  for (const n of [3, 2]) {
    const name = text.slice(from, from + n)
    const title = SUFFIX_TITLES.find((t) => text.startsWith(t, from + n))
    if (title && isKnownName(name) && speaks(text, from + n)) return { speaker: { name, titles: [title] }, group: false }
  }
  const limit = Math.min(text.length - 1, from + WINDOW)
  for (let hit = nextTitled(text, from, limit); hit; hit = nextTitled(text, hit.end, limit)) {
    if (hit.together) return { speaker: hit.speaker, group: true }
    // the person speaks here: a quote, or a speech verb after the name (else a report that names an official)
    if (!speaks(text, hit.end)) continue
    // `…委员吕爱辉女士，在北京与…党委书记武继军，就…交谈。`: two titled people in one sentence, nobody's entry
    const toEnd = text.slice(hit.end).search(SENTENCE_END)
    const stop = toEnd < 0 ? text.length : hit.end + toEnd
    const other = nextTitled(text, hit.end, Math.min(stop, text.length - 1), true)
    return { speaker: hit.speaker, group: other !== null && other.speaker.name !== hit.speaker.name }
  }
  return null
}

// `基隆市議員出身的蔡適應，`, `作为女代表之一的谢丽，`: a description, then the person it describes
const MAX_DESCRIBED = 40

/** `…出身的蔡適應，` opening the sentence at `from` → the name, else null. */
function describedAt(text: string, from: number): string | null {
  const comma = text.slice(from, from + MAX_DESCRIBED).search(/[，,]/) + from
  if (comma < from) return null
  const clause = text.slice(from, comma)
  // `作为…的夏永祥和…的谢丽`: two people described together, nobody's entry
  if (/[。！？“”「」：:和与與及、]/.test(clause)) return null
  const de = clause.lastIndexOf('的')
  const name = clause.slice(de + 1)
  return de > 0 && name.length <= 3 && isKnownName(name) && nameOk(name) ? name : null
}

/**
 * The person a paragraph's first sentences are about, speech or not: `全國政協委員黃宏一走下兩會大巴，…`
 * (titled), `基隆市議員出身的蔡適應，…` (described, no titles); null when a sentence names two people.
 */
export function findSubject(text: string): (ParsedSpeaker & { name: string }) | null {
  const limit = Math.min(text.length - 1, WINDOW)
  for (let from = 0; from < limit; ) {
    const stop = from + Math.max(0, text.slice(from, limit).search(SENTENCE_END))
    const end = stop > from ? stop : limit
    const described = describedAt(text, from)
    if (described) return { name: described, titles: [] }
    const hit = nextTitled(text, from, end)
    if (hit) {
      if (hit.together) return null
      const other = nextTitled(text, hit.end, end, true)
      return other && other.speaker.name !== hit.speaker.name ? null : hit.speaker
    }
    from = end + 1
  }
  return null
}

/** `…民主進步黨籍立委蔡適應、中國國民黨籍立委李彥秀均是`: every titled name in the opening, people named together included. */
export function titledNames(text: string): string[] {
  const names: string[] = []
  const limit = Math.min(text.length - 1, WINDOW)
  // after `蔡適應、` the next person's titles start right after the 、
  for (let hit = nextTitled(text, 0, limit); hit; hit = nextTitled(text, hit.together ? hit.end + 1 : hit.end, limit)) {
    names.push(hit.speaker.name)
  }
  return names
}
