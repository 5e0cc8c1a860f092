import { describe, expect, it } from 'vitest'

import { checkPaste, htmlToText } from '../../../src/import/checkPaste'
import { MAX_PASTE_BYTES } from '../../../src/import/pasteLimit'

describe('checkPaste', () => {
  it('should refuse an empty or blank paste, saying what to do', () => {
    expect(checkPaste('  \n ')).toEqual({ ok: false, message: expect.stringContaining('粘贴内容为空') })
    expect(checkPaste(undefined)).toMatchObject({ ok: false })
  })

  it('should refuse a paste over 2 MB, counting UTF-8 bytes rather than characters', () => {
    const justOver = '好'.repeat(Math.floor(MAX_PASTE_BYTES / 3) + 1) // 3 bytes each, fewer than 2 M characters
    expect(checkPaste(justOver)).toEqual({ ok: false, message: expect.stringContaining('超过 2 MB') })
  })

  it('should refuse binary data', () => {
    expect(checkPaste('PK\u0003\u0004\u0000\u0000 data')).toEqual({ ok: false, message: expect.stringContaining('二进制') })
  })

  it('should keep plain text as pasted', () => {
    expect(checkPaste('代表说：“好。”')).toEqual({ ok: true, text: '代表说：“好。”', wasHtml: false })
  })

  it('should take HTML source to its text, one line per block, scripts gone', () => {
    const result = checkPaste('<p>第一段。</p><p>第二段<script>alert(1)</script>。</p>')
    expect(result).toEqual({ ok: true, text: '第一段。\n第二段。\n', wasHtml: true })
  })

  it('should refuse HTML with no text in it as empty', () => {
    expect(checkPaste('<div><br/><br/></div>')).toMatchObject({ ok: false, message: expect.stringContaining('为空') })
  })
})

describe('htmlToText', () => {
  it('should decode named and numeric entities', () => {
    expect(htmlToText('&ldquo;好&rdquo;&nbsp;&#x4E2D;&#22269;&amp;')).toBe('“好” 中国&')
  })

  it('should leave an unknown entity as it is', () => {
    expect(htmlToText('&bogus;')).toBe('&bogus;')
  })
})
