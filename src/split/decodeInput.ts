// Pass 1: bytes → text. UTF-8 (a BOM is kept so offsets match the file; cleanLine reports it),
// else GB18030/GBK when the bytes are valid in it and read as Chinese. Empty and binary input
// are refused with a one-line message in Chinese with an English gloss.

export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'gb18030' } | { ok: false; message: string }

const EMPTY = '输入为空：请提供要拆分的文本（empty input: nothing to split）'
const BINARY = '输入看起来是二进制文件而不是文本，请粘贴纯文本（binary input: not a text file）'
const NOT_UTF8 =
  '输入不是 UTF-8 编码的文本，请先转换为 UTF-8，例如 iconv -f GBK -t UTF-8（not UTF-8 encoded text: convert the file to UTF-8 first）'

/** Control characters other than tab, line breaks and form feed: `\0`, `\x07`. */
function isBinary(bytes: Uint8Array): boolean {
  let control = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number
    if (b === 0) return true
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 11 && b !== 0x1b) || b === 0x7f) control++
  }
  return control > 8 && control * 100 > bytes.length
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (!(c <= 0x20 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200d) || c === 0x2060)) return false
  }
  return true
}

/** Share of Han characters among the non-ASCII ones: high for real GBK text, low for Latin-1 and noise. */
function looksChinese(text: string): boolean {
  let nonAscii = 0
  let han = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) continue
    nonAscii++
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027)) han++
  }
  return nonAscii > 0 && han * 10 >= nonAscii * 9
}

/** `decodeInput(bytes)` → the text, or why it is not text. */
export function decodeInput(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, message: EMPTY }
  if (isBinary(bytes)) return { ok: false, message: BINARY }
  let text: string
  let encoding: 'utf-8' | 'gb18030' = 'utf-8'
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes)
      encoding = 'gb18030'
    } catch {
      return { ok: false, message: NOT_UTF8 }
    }
    if (!looksChinese(text)) return { ok: false, message: NOT_UTF8 }
  }
  if (isBlank(text)) return { ok: false, message: EMPTY }
  return { ok: true, text, encoding }
}
