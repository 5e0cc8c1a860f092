// One limit for a paste, shared by the paste screen (checked in the browser before upload) and
// the server (checked again on save), with one message. Client-safe: no Node APIs.
//
//   pasteBytes('代表说')        → 9
//   checkPasteSize('…2.1 MB…') → '粘贴内容超过 2 MB（本次 2.1 MB）：…'

import { deskTranslations } from '../admin/translations'

export const MAX_PASTE_BYTES = 2 * 1024 * 1024

/**
 * What one admin request may carry: an import's form holds the paste, the text split, the
 * draft and the repairs, and the admin's form-state calls send values and initial values.
 * Payload's multipart field limit and Next's server-action body limit are both set to this.
 */
export const MAX_FORM_BYTES = 16 * MAX_PASTE_BYTES

/** UTF-8 size of a string, counted without encoding it (a paste may be megabytes). */
export function pasteBytes(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4 // a surrogate pair: one code point outside the BMP
      i++
    } else bytes += 3
  }
  return bytes
}

/** `2.1 MB`, `850 KB`: sizes as the paste screen states them. */
export const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(2))} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`

/** The sizes a paste's messages name: `{ limit: '2 MB', size: '2.1 MB' }`. */
export const pasteSizes = (bytes: number) => ({ limit: formatBytes(MAX_PASTE_BYTES), size: formatBytes(bytes) })

/**
 * The refusal for a paste over the limit, or null when it fits: the server's words are the
 * paste screen's Chinese ones (`newsroom:pasteTooLarge`), so both say the same.
 */
export function checkPasteSize(text: string): string | null {
  const bytes = pasteBytes(text)
  if (bytes <= MAX_PASTE_BYTES) return null
  const sizes = pasteSizes(bytes)
  return deskTranslations.zh.newsroom.pasteTooLarge.replace(/\{\{(limit|size)\}\}/g, (_, key: 'limit' | 'size') => sizes[key])
}
