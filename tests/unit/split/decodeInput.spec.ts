import { describe, expect, it } from 'vitest'
import { decodeInput } from '../../../src/split/decodeInput'

describe('decodeInput', () => {
  it('should read UTF-8 and keep a BOM so offsets match the file', () => {
    expect(decodeInput(new TextEncoder().encode('\ufeff正文'))).toEqual({ ok: true, text: '\ufeff正文', encoding: 'utf-8' })
  })
  it('should read GB18030 (GBK) Chinese text', () => {
    // 中文 in GBK
    expect(decodeInput(Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4]))).toEqual({ ok: true, text: '中文', encoding: 'gb18030' })
  })
  it('should refuse empty, blank, binary and Latin-1 input with a one-line message', () => {
    for (const bytes of [new Uint8Array(), new TextEncoder().encode(' \n\u3000'), Uint8Array.from([0, 1, 2, 65]), Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20])]) {
      const d = decodeInput(bytes)
      expect(d.ok).toBe(false)
      if (!d.ok) expect(d.message).not.toContain('\n')
    }
  })
})
