// Pass 1: bytes → text. UTF-8 (a BOM is kept so offsets match the file; cleanLine reports it),
// else GB18030/GBK when the bytes are valid in it and read as Chinese. Empty and binary input
// are refused with a one-line message in Chinese with an English gloss.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5'

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; message: string }

const EMPTY = '输入为空：请提供要拆分的文本（empty input: nothing to split）'
const BINARY = '输入看起来是二进制文件而不是文本，请粘贴纯文本（binary input: not a text file）'
/** The error for bytes no supported encoding reads, naming the encoding they look like. */
const undecodable = (guess: string): string =>
  `无法识别的文本编码（看起来像 ${guess}）：请另存为 UTF-8 后再导入，例如 iconv -f ${guess} -t UTF-8` +
  `（cannot decode the input; it looks like ${guess}: save it as UTF-8 first）`

/** The bytes decoded in `encoding`, or null when they are not valid in it. */
function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/** `FF FE` / `FE FF`: UTF-16 with a byte order mark. The BOM is kept, as for UTF-8. */
function utf16(bytes: Uint8Array): { text: string; encoding: Encoding } | null {
  if (bytes.length < 2) return null
  const le = bytes[0] === 0xff && bytes[1] === 0xfe
  const be = bytes[0] === 0xfe && bytes[1] === 0xff
  if (!le && !be) return null
  const text = tryDecode(bytes, le ? 'utf-16le' : 'utf-16be')
  return text === null ? null : { text, encoding: le ? 'utf-16le' : 'utf-16be' }
}

/** Share of Han among the characters that are not ASCII: Big5 read as GB18030 gives rare characters and symbols. */
function hanShare(text: string): number {
  let nonAscii = 0
  let common = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) continue
    nonAscii++
    if ((c >= 0x4e00 && c <= 0x9fa5) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) common++
  }
  return nonAscii === 0 ? 0 : common / nonAscii
}

/** GB18030 or Big5, whichever reads the bytes as Chinese; the first common characters decide ties. */
function legacyChinese(bytes: Uint8Array): { text: string; encoding: Encoding } | { guess: string } {
  const gb = tryDecode(bytes, 'gb18030')
  const big5 = tryDecode(bytes, 'big5')
  const gbOk = gb !== null && looksChinese(gb)
  const big5Ok = big5 !== null && looksChinese(big5) && !big5.includes('\ufffd')
  if (gbOk && big5Ok) return commonShare(big5) > commonShare(gb) ? { text: big5, encoding: 'big5' } : { text: gb, encoding: 'gb18030' }
  if (gbOk) return { text: gb, encoding: 'gb18030' }
  if (big5Ok) return { text: big5, encoding: 'big5' }
  return { guess: hanShare(gb ?? '') >= hanShare(big5 ?? '') ? 'GB18030' : 'Big5' }
}

// the most frequent characters of Chinese news text, simplified and traditional: the right
// legacy decoding is full of them, the wrong one is not
const COMMON = new Set('的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龍們個說這來時會對國為與發還經過進學從當們後動現從實點們體關於議員與問題開選'.split(''))

/** Share of the most common characters among the Han ones. */
function commonShare(text: string): number {
  let han = 0
  let common = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x4e00 || c > 0x9fff) continue
    han++
    if (COMMON.has(text[i] as string)) common++
  }
  return han === 0 ? 0 : common / han
}

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
  // UTF-16 has a NUL in every ASCII character, so it is read before the binary test
  const wide = utf16(bytes)
  if (wide) return isBlank(wide.text) ? { ok: false, message: EMPTY } : { ok: true, ...wide }
  if (isBinary(bytes)) return { ok: false, message: BINARY }
  let text = tryDecode(bytes, 'utf-8')
  let encoding: Encoding = 'utf-8'
  if (text === null) {
    const legacy = legacyChinese(bytes)
    if ('guess' in legacy) return { ok: false, message: undecodable(legacy.guess) }
    text = legacy.text
    encoding = legacy.encoding
  }
  if (isBlank(text)) return { ok: false, message: EMPTY }
  return { ok: true, text, encoding }
}
