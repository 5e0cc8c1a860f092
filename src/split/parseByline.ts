import { isHan, isSpaceLike } from './charClass'
import { BYLINE_MARKS, NAME_DOTS, PHOTO_MARKS, ROLE_WORDS, SURNAMES } from './lexicon'
import type { Reporter } from './types'

// Bylines: `记者 A B 通讯员 C`, `记者 A 摄`, `本报记者 A`, with or without brackets.

const ROLES_LONGEST_FIRST = [...ROLE_WORDS].sort((a, b) => b.length - a.length)
const ROLE_FIRST = new Set(ROLE_WORDS.map((w) => w[0] ?? ''))

/** `记者 A、B，C` → [记者, A, B, C]: one slice per run between spaces and commas. */
function tokens(s: string): string[] {
  const out: string[] = []
  let from = 0
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x20
    if (!(isSpaceLike(c) || c === 0x3001 || c === 0xff0c || c === 0x2c || c === 0xff1a || c === 0x3a)) continue
    if (i > from) out.push(s.slice(from, i))
    from = i + 1
  }
  // `王 林`: a two-character name printed with a space is one name
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k] as string
    const b = out[k + 1] as string
    if (a.length === 1 && b.length === 1 && isHan(a.charCodeAt(0)) && isHan(b.charCodeAt(0)) && !PHOTO_MARKS.has(b)) out.splice(k, 2, a + b)
  }
  return out
}

// `青海日报记者`, `新华网記者`: a publication before the role, which goes
const PUBLICATION_END = /(?:报|報|网|網|社|台|刊|新闻|新聞|客户端|频道|頻道|媒体|媒體|在线|在線)$/

// `特派记者`, `三峡小记者`, `首席記者`: a rank printed before the role, which stays with it
const RANK_END = /(?:特派|首席|小|见习|見習|实习|實習|驻站|駐站)$/

/** `青海日报记者` → the role word 记者; `记者王林` → 记者 (the name follows); `■特派记者` → 特派记者; else undefined. */
function roleWordOf(tok: string): { word: string; at: number } | undefined {
  const word = ROLES_LONGEST_FIRST.find((w) => tok.startsWith(w))
  if (word) return { word, at: 0 }
  for (const w of ROLES_LONGEST_FIRST) {
    if (tok.length <= w.length || !tok.endsWith(w)) continue
    const before = tok.slice(0, -w.length)
    const rank = RANK_END.exec(before)
    if (rank) {
      const rest = before.slice(0, rank.index)
      // the rank marks it as a byline, so any short name of a publication may precede it
      if (rest.length <= 6 || PUBLICATION_END.test(rest)) return { word: rank[0] + w, at: rank.index }
    }
    if (PUBLICATION_END.test(before)) return { word: w, at: tok.length - w.length }
  }
  return undefined
}

function isReporterName(s: string): boolean {
  if (s.length < 2 || s.length > 12) return false
  for (let i = 0; i < s.length; i++) {
    if (!isHan(s.charCodeAt(i)) && !NAME_DOTS.includes(s[i] ?? '')) return false
  }
  return s.length <= 4 || [...NAME_DOTS].some((d) => s.includes(d))
}

/** `本报记者` → `记者`: the role as printed, minus a leading 本报. */
function roleOf(word: string): string {
  return word.startsWith('本报') || word.startsWith('本報') ? word.slice(2) : word
}

/** `摄影` then `魏志阳`: a role word that is also a photo mark, with a name after it. */
function roleBeforeName(tok: string, next: string | undefined): boolean {
  return next !== undefined && ROLE_WORDS.includes(tok) && isReporterName(next) && roleWordOf(next) === undefined
}

/** `记者 樊娅楠 通讯员 李明` → two reporters; anything else → null. */
export function parseByline(s: string): Reporter[] | null {
  if (s.length > 80) return null
  const out: Reporter[] = []
  let role: string | null = null
  let pending: Reporter[] = []
  const toks = tokens(s)
  for (let k = 0; k < toks.length; k++) {
    const tok = toks[k] as string
    // `记者 A B 摄影 C`: 摄影 before a name is C's role, not a mark that A and B took the photo
    const photo = roleBeforeName(tok, toks[k + 1]) ? undefined : PHOTO_MARKS.get(tok)
    if (photo && pending.length > 0) {
      // `记者 A 摄`: A took the photo
      for (const r of pending) r.role = photo
      pending = []
      continue
    }
    // `（记者 A 整理）`, `记者 A 报道`: the role stays as printed
    if (BYLINE_MARKS.includes(tok) && pending.length > 0) continue
    const found = roleWordOf(tok)
    if (found) {
      const word = found.word
      role = roleOf(word)
      pending = []
      const rest = tok.slice(found.at + word.length)
      if (rest.length === 0) continue
      // `记者王林`: a name glued to its role opens with a surname (`记者走进车间` is prose)
      if (!isReporterName(rest) || !SURNAMES.has(rest[0] ?? '')) return null
      pending.push({ name: rest, role })
      out.push(pending[pending.length - 1] as Reporter)
    } else if (role !== null && isReporterName(tok)) {
      const r = { name: tok, role }
      pending.push(r)
      out.push(r)
    } else return null
  }
  return out.length > 0 ? out : null
}

const CREDIT_WORD = /记者|記者|通讯员|通訊員|摄影|攝影/

/** `…策划 张亮 记者 戴睿云`: two role words or more on the line. */
function hasSeveralRoles(s: string): boolean {
  let n = 0
  for (const w of ROLE_WORDS) if (s.includes(w) && ++n >= 2) return true
  return false
}

/** `（记者 A）` or `(记者 A)` or `本报记者 A`: a whole line that is a byline. */
export function parseBylineLine(s: string): Reporter[] | null {
  if (s.length > 82) return null
  const open = s.charCodeAt(0)
  const first = open === 0xff08 || open === 0x28 ? s[1] : s[0]
  // `青海日报记者 张华`: a short line may name the publication before the role; a longer one only
  // when it credits several roles (`浙江新闻客户端策划 张亮 袁艳 记者 戴睿云 … 通讯员 张婷`)
  if (first === undefined || (!ROLE_FIRST.has(first) && (!CREDIT_WORD.test(s) || (s.length > 30 && !hasSeveralRoles(s))))) return null
  const close = s.charCodeAt(s.length - 1)
  if ((open === 0xff08 || open === 0x28) && (close === 0xff09 || close === 0x29)) return parseByline(s.slice(1, -1))
  return parseByline(s)
}

// `。` `！` `？` and closing quotes after them: a bare name in brackets may follow only a finished sentence
const SENTENCE_END = /[。！？!?][”」』]?$/

/** `黄欢` in `…一个躬。(黄欢)`: a reporter's name alone, with the default role 记者. */
function bareReporter(inner: string, before: string): Reporter[] | null {
  if (!SENTENCE_END.test(before)) return null
  if (inner.length < 2 || inner.length > 3 || !isReporterName(inner) || !SURNAMES.has(inner[0] ?? '')) return null
  return [{ name: inner, role: '记者' }]
}

/** The reporters of the trailing byline opening at `at` (see trailingBylineAt). */
export function trailingByline(s: string, at: number): Reporter[] | null {
  const inner = s.slice(at + 1, -1).trim()
  // only the few characters before the bracket: a long line is not copied
  return parseByline(inner) ?? bareReporter(inner, s.slice(Math.max(0, at - 8), at).trimEnd())
}

/** `…生态。(记者 樊娅楠)`, `…一个躬。(黄欢)` → index of the `(` that opens a trailing byline, or -1. */
export function trailingBylineAt(s: string): number {
  const close = s.charCodeAt(s.length - 1)
  if (close !== 0xff09 && close !== 0x29) return -1
  const from = Math.max(0, s.length - 60)
  for (let i = s.length - 2; i > from; i--) {
    const c = s.charCodeAt(i)
    if (c === 0xff08 || c === 0x28) return trailingByline(s, i) ? i : -1
  }
  return -1
}

/** `中評社 盧哲攝`, `新华社记者 李明 摄`, `杨豪 摄` → the photographer(s) with role 摄影/攝影; else null. */
export function parsePhotoCredit(s: string): Reporter[] | null {
  const mark = /(?:摄影|攝影|摄|攝)$/.exec(s.trim())
  if (!mark) return null
  const role = PHOTO_MARKS.get(mark[0]) as string
  const toks = tokens(s.trim().slice(0, mark.index))
  const name = toks.pop()
  if (name === undefined || !isReporterName(name)) return null
  // what comes before the name is who took it for: `中評社`, `新华社记者`
  if (!toks.every((t) => PUBLICATION_END.test(t) || roleWordOf(t) !== undefined)) return null
  return [{ name, role }]
}
