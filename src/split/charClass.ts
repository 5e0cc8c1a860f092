// Character tests by code unit; no regular expressions, so every pass stays linear.

/** Han ideographs, including surrogate halves of the supplementary planes: `政`, `𠀀`. */
export function isHan(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd800 && c <= 0xdfff)
  )
}

/** Han or Chinese punctuation, the context that makes `,` full-width: `好,`, `”,`. */
export function isChineseContext(c: number): boolean {
  return (
    isHan(c) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 ||
    c === 0x2014 || c === 0x2026 || c === 0x00b7
  )
}

/** Zero-width characters and the BOM, dropped wherever they are: `U+200B`. */
export function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff
}

/** C0 controls other than tab and line breaks, and DEL: `\u0007` (BEL) from a bad copy. */
export function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || c === 0x7f
}

/** Whitespace of any width (JS `\s`) plus the invisible characters: `U+3000`, NBSP. */
export function isSpaceLike(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    isInvisible(c)
  )
}

/** Sentence-final marks after which a break is a paragraph break: `。`, `！`, `？`. */
export function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x2026
}

/** Closing quotes and brackets that may follow a sentence end: `。”`. */
export function isCloser(c: number): boolean {
  return (
    c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0x300b || c === 0xff09 ||
    c === 0x29 || c === 0x22 || c === 0x27
  )
}

/** Does the text end a sentence (`…发展。”`, `…发展。 ”`, `…发展。（完）`, `…in 2025.`)? */
export function endsSentence(text: string): boolean {
  let i = text.length - 1
  // `（完）`, `(完)`: the end mark of a wire story
  if (i >= 2 && text.charCodeAt(i - 1) === 0x5b8c && isCloser(text.charCodeAt(i)) &&
    (text.charCodeAt(i - 2) === 0xff08 || text.charCodeAt(i - 2) === 0x28)) return true
  while (i >= 0 && (isCloser(text.charCodeAt(i)) || text.charCodeAt(i) === 0x20)) i--
  if (i < 0) return false
  const c = text.charCodeAt(i)
  // `2.` may be a list number broken off; `growth.` ends a sentence
  if (c === 0x2e) return i > 0 && !(text.charCodeAt(i - 1) >= 0x30 && text.charCodeAt(i - 1) <= 0x39)
  return isSentenceEnd(c)
}
