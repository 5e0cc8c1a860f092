import { describe, expect, it } from 'vitest'

import { checkPasteSize, formatBytes, MAX_PASTE_BYTES, pasteBytes } from '../../src/import/pasteLimit'

describe('pasteLimit', () => {
  it.each(['', 'abc', '代表说：“好。”\n', 'é ñ', '𠀀𝄞 emoji 😀', 'a\ud800b'])('should count %j as Node counts UTF-8 bytes', (text) => {
    expect(pasteBytes(text)).toBe(Buffer.byteLength(text, 'utf8'))
  })

  it('should let exactly 2 MB through and refuse one byte more, naming both sizes', () => {
    expect(checkPasteSize('a'.repeat(MAX_PASTE_BYTES))).toBeNull()
    expect(checkPasteSize('好'.repeat(Math.ceil((2.1 * 1024 * 1024) / 3)))).toBe('粘贴内容超过 2 MB（本次 2.1 MB）：一次只导入一篇稿件，请分几次粘贴。')
    expect(checkPasteSize('a'.repeat(MAX_PASTE_BYTES + 1))).toMatch(/^粘贴内容超过 2 MB/)
  })

  it('should state sizes as the paste screen shows them', () => {
    expect(formatBytes(MAX_PASTE_BYTES)).toBe('2 MB')
    expect(formatBytes(1.9 * 1024 * 1024)).toBe('1.9 MB')
    expect(formatBytes(300 * 1024)).toBe('300 KB')
  })
})
