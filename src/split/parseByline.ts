import { isHan, isSpaceLike } from './charClass'
import { NAME_DOTS, PHOTO_MARKS, ROLE_WORDS } from './lexicon'
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
    if (!(isSpaceLike(c) || c === 0x3001 || c === 0xff0c || c === 0x2c)) continue
    if (i > from) out.push(s.slice(from, i))
    from = i + 1
  }
  return out
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

/** `记者 樊娅楠 通讯员 李明` → two reporters; anything else → null. */
export function parseByline(s: string): Reporter[] | null {
  if (s.length > 80) return null
  const out: Reporter[] = []
  let role: string | null = null
  let pending: Reporter[] = []
  for (const tok of tokens(s)) {
    const photo = PHOTO_MARKS.get(tok)
    if (photo && pending.length > 0) {
      // `记者 A 摄`: A took the photo
      for (const r of pending) r.role = photo
      pending = []
      continue
    }
    const word = ROLES_LONGEST_FIRST.find((w) => tok.startsWith(w))
    if (word) {
      role = roleOf(word)
      pending = []
      const rest = tok.slice(word.length)
      if (rest.length === 0) continue
      if (!isReporterName(rest)) return null
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

/** `（记者 A）` or `(记者 A)` or `本报记者 A`: a whole line that is a byline. */
export function parseBylineLine(s: string): Reporter[] | null {
  if (s.length > 82) return null
  const open = s.charCodeAt(0)
  const first = open === 0xff08 || open === 0x28 ? s[1] : s[0]
  if (first === undefined || !ROLE_FIRST.has(first)) return null
  const close = s.charCodeAt(s.length - 1)
  if ((open === 0xff08 || open === 0x28) && (close === 0xff09 || close === 0x29)) return parseByline(s.slice(1, -1))
  return parseByline(s)
}

/** `…生态。(记者 樊娅楠)` → index of the `(` that opens a trailing byline, or -1. */
export function trailingBylineAt(s: string): number {
  const close = s.charCodeAt(s.length - 1)
  if (close !== 0xff09 && close !== 0x29) return -1
  const from = Math.max(0, s.length - 60)
  for (let i = s.length - 2; i > from; i--) {
    const c = s.charCodeAt(i)
    if (c === 0xff08 || c === 0x28) return parseByline(s.slice(i + 1, -1)) ? i : -1
  }
  return -1
}
