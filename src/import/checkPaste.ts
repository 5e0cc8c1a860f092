// What a reporter pasted, checked before anything is split or stored. Pure.
//
//   checkPaste('')                      → { ok: false, message: '粘贴内容为空…' }
//   checkPaste('<p>代表说…</p>')        → { ok: true, text: '代表说…', wasHtml: true }

import { checkPasteSize } from './pasteLimit'

export type CheckedPaste = { ok: true; text: string; wasHtml: boolean } | { ok: false; message: string }

const EMPTY = '粘贴内容为空：请把稿件全文粘贴到“原文”框中再保存。'
const BINARY = '粘贴内容像是二进制文件或乱码，不是文字：请从报纸版面或网页复制文字后重新粘贴。'

// Control characters other than tab and line breaks (`\0`, `\x07`), and U+FFFD from a bad decode.
const isGarbage = (code: number) => (code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0x7f || code === 0xfffd

function looksBinary(text: string): boolean {
  let bad = 0
  for (let i = 0; i < text.length; i++) if (isGarbage(text.charCodeAt(i))) bad++
  return bad > 0 && (text.includes('\0') || bad * 20 > text.length)
}

// `<p>`, `<br/>`, `<div class="x">`: a paste copied from a browser as HTML source.
const HTML_TAG = /<\/?(?:p|br|div|span|h[1-6]|strong|b|em|i|section|article|table|tr|td|li|ul|ol|font|script|style|a|img)\b[^<>]{0,500}>/gi
const BLOCK_END = /<\/(?:p|div|h[1-6]|li|tr|section|article)>|<br\s*\/?>/gi
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', hellip: '…', mdash: '—' }

/** HTML source → its text: blocks become line breaks, tags and scripts go, entities decode. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]{0,100000}?<\/\1>/gi, '')
    .replace(BLOCK_END, '\n')
    .replace(/<[^<>]{0,2000}>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
      if (code[0] === '#') {
        const n = code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1))
        return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole
      }
      return ENTITIES[code.toLowerCase()] ?? whole
    })
}

export function checkPaste(raw: unknown): CheckedPaste {
  const text = typeof raw === 'string' ? raw : ''
  if (!text.trim()) return { ok: false, message: EMPTY }
  const tooLarge = checkPasteSize(text)
  if (tooLarge) return { ok: false, message: tooLarge }
  if (looksBinary(text)) return { ok: false, message: BINARY }
  const tags = text.match(HTML_TAG)?.length ?? 0
  if (tags >= 2) {
    const stripped = htmlToText(text)
    if (!stripped.trim()) return { ok: false, message: EMPTY }
    return { ok: true, text: stripped, wasHtml: true }
  }
  return { ok: true, text, wasHtml: false }
}
