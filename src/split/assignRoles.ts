import { endsSentence } from './charClass'
import { isWidgetTail } from './detectFurniture'
import { SURNAMES } from './lexicon'
import type { Layout, Line, LineKind } from './types'

// Pass 5: a role for each heading and short line, from what follows it. Streamed: a line's role
// is known once the next significant line has been seen, so only that stretch is held.

/** 'author': a name alone opening the piece (`阮敬晨`), a byline with the default role 记者. */
/** 'chrome': a line that leaves the text (a browser-title copy of the headline). */
export type Role = 'title' | 'headline' | 'body' | 'chrome' | 'author' | null

/** Receives each line with its role, in input order. */
export type RoleSink = (line: Line, role: Role) => void

export interface RoleStream {
  push(line: Line): void
  end(): void
}

/** Lines roles look through: blank lines and page furniture. */
function isTransparent(kind: LineKind): boolean {
  return kind === 'blank' || kind === 'noise' || kind === 'chrome' || kind === 'header' || kind === 'jump'
}

// a web headline may carry a colon or a comma (`代表通道：牢固扎根基层 奋斗创造未来`), never a full stop
const HEADLINE_MAX = 40
// `喜迎十八大两新青海：黄南篇——访我省十八大代表，…李选生` over its meta line: a long headline
const LONG_HEADLINE_MAX = 64
const HEADLINE_STOPS = /[。！？!?]|[，,：:；;]$/

/** `记者探营：代表们“宅”在驻地忙“建议”` opening web copy: a headline, though it has punctuation. */
function isWebHeadline(line: Line): boolean {
  const text = line.src.text
  return line.kind === 'body' && text.length <= LONG_HEADLINE_MAX && !line.reporters && !endsSentence(text) && !HEADLINE_STOPS.test(text)
}

/** `阮敬晨` alone: two to four Han characters opening with a surname. */
function isBareName(line: Line): boolean {
  const text = line.src.text
  return line.kind === 'short' && text.length >= 2 && text.length <= 4 && SURNAMES.has(text[0] ?? '') && /^[\u4e00-\u9fff]+$/.test(text)
}

// `議員中缺乏「…」 - Plataforma Media`: a browser title, the headline and the site after a dash or bar
const SITE_SUFFIX = /^\s*[-–—_|｜]\s*\S/

/** Is `line` a browser-title copy of `next` (the same headline, maybe with the site's name after it)? */
function isTitleCopy(line: Line, next: Line): boolean {
  const a = line.src.text
  const b = next.src.text
  return b.length >= 4 && a.startsWith(b) && (a.length === b.length || SITE_SUFFIX.test(a.slice(b.length)))
}

// a column's name is a word or two (`媒体关注`, `要闻`)
const COLUMN_MAX = 6

/** `媒体关注` over a headline with a colon inside (`网站：【栏目】标题`): the column, not the title. */
function isColumnName(line: Line, next: Line): boolean {
  const text = next.src.text
  return line.kind === 'short' && line.src.text.length <= COLUMN_MAX && isWebHeadline(next) &&
    text.length > 2 * line.src.text.length && /[：:]/.test(text)
}

// `肩负重托赴盛会 怀揣良策话发展`: a main title printed as two matching halves
const COUPLET = /^([\u4e00-\u9fff]{4,10})[ \u3000]+([\u4e00-\u9fff]{4,10})$/

function isCouplet(text: string): boolean {
  const m = COUPLET.exec(text)
  return m !== null && (m[1] as string).length === (m[2] as string).length
}

/**
 * `出席…的300余名政协委员陆续报到` right over a couplet title: the kicker (引题) above it, a paragraph of
 * the intro. A kicker is a longer descriptive line; a short title over a couplet (`一线代表谈发展` over
 * `做强特色产业 带动群众增收`) is the title, the couplet an entry's headline.
 */
function isKicker(line: Line, next: Line): boolean {
  return line.kind === 'short' && next.kind === 'short' && isCouplet(next.src.text) && !isCouplet(line.src.text) &&
    line.src.text.length > next.src.text.length
}

/**
 * `县区委书记谈政府工作报告` first → title; `加快建设中央活力区` before a speaker line → headline;
 * any other short line is body. `#` → title, `##` → headline. Other kinds get null.
 */
export function roleStream(emit: RoleSink, layout: Layout = 'print', wrap = 0): RoleStream {
  const web = layout === 'web' || layout === 'app'
  // `新华网北京3月5日电（记者桂涛、王昊）5名全国人大代` in an e-paper: a line as wide as the wrap is body
  const isWrapped = (line: Line): boolean => layout === 'epaper' && wrap > 0 && line.src.text.length >= wrap - 2
  let seenContent = false
  let haveTitle = false
  // a short line waiting for the next significant line, then the transparent lines after it
  const held: Line[] = []
  let heldFirst = false
  // the title as read, to know a later copy of it (`…方便伸腿收起`, the player's caption with its widget)
  let titleText = ''
  // `加快建设中央活力区` then (blank lines) `省人大代表、城中区委书记 刘强峰`: the short line's role
  const settle = (next: Line | undefined): void => {
    const short = held[0] as Line
    let role: Role = 'body'
    if (next?.kind === 'speaker') role = 'headline'
    // `让绿色成为发展底色` first, then body text (blank line or not): the article's own headline
    // (a page break right after it, `人均收入` / `（下转第2版）`, means a sentence broken off instead)
    // (a web headline longer than most is one only when a meta line follows it)
    else if (heldFirst && next !== undefined && held[1]?.kind !== 'jump' &&
      (short.src.text.length <= HEADLINE_MAX || short.kind === 'short' || next.kind === 'source')) {
      role = 'title'
      haveTitle = true
      titleText = short.src.text
    }
    emit(short, role)
    for (let k = 1; k < held.length; k++) emit(held[k] as Line, null)
    held.length = 0
  }
  const push = (line: Line): void => {
    if (isTransparent(line.kind)) {
      if (held.length > 0) held.push(line)
      else emit(line, null)
      return
    }
    // `议员…顾问 - Plataforma Media` then `议员…顾问`: the first is the browser's copy, the second the headline
    if (held.length > 0 && heldFirst && web && isTitleCopy(held[0] as Line, line)) {
      emit(held[0] as Line, 'chrome')
      for (let k = 1; k < held.length; k++) emit(held[k] as Line, null)
      held.length = 0
      seenContent = false
    }
    // `阮敬晨` above the body opening the piece: its author (corpus rule 4); but `欧阳` above
    // `欧阳说：“…` is the speaker line of the one who speaks there
    if (held.length > 0 && heldFirst && line.kind === 'body' && isBareName(held[0] as Line) &&
      !line.src.text.trimStart().startsWith((held[0] as Line).src.text.trim())) {
      emit(held[0] as Line, 'author')
      for (let k = 1; k < held.length; k++) emit(held[k] as Line, null)
      held.length = 0
    }
    // `媒体关注` then `中国新闻网：【两会声音】蒋胜男代表：…`: a column's name above the headline
    if (held.length > 0 && heldFirst && web && isColumnName(held[0] as Line, line)) {
      emit(held[0] as Line, 'chrome')
      for (let k = 1; k < held.length; k++) emit(held[k] as Line, null)
      held.length = 0
      seenContent = false
    }
    // `出席…政协委员陆续报到` then `肩负重托赴盛会 怀揣良策话发展`: the kicker is body, the couplet the title
    if (held.length === 1 && heldFirst && isKicker(held[0] as Line, line)) {
      emit(held[0] as Line, 'body')
      for (let k = 1; k < held.length; k++) emit(held[k] as Line, null)
      held.length = 0
      seenContent = false
    }
    if (held.length > 0) settle(line)
    // `議員轉戰立委 強度挑戰大不同` printed again under its meta line: the page's second copy of the title
    if (web && titleText.length >= 4 && line.src.text.startsWith(titleText) &&
      (line.src.text.length === titleText.length || isWidgetTail(line.src.text.slice(titleText.length)))) {
      emit(line, 'chrome')
      return
    }
    const first = !seenContent
    seenContent = true
    if (line.kind === 'heading') {
      const asTitle: boolean = line.level === 1 && !haveTitle && first
      haveTitle ||= asTitle
      emit(line, asTitle ? 'title' : 'headline')
    } else if ((line.kind === 'short' && !isWrapped(line)) || (web && first && isWebHeadline(line))) {
      held.push(line)
      heldFirst = first
    } else emit(line, line.kind === 'body' || line.kind === 'short' ? 'body' : null)
  }
  return { push, end: () => void (held.length > 0 && settle(undefined)) }
}

/** All lines at once: the role of each, by index. */
export function assignRoles(lines: Line[]): Role[] {
  const roles: Role[] = []
  const stream = roleStream((_, role) => void roles.push(role))
  for (const line of lines) stream.push(line)
  stream.end()
  return roles
}
