import { isHan } from './charClass'
import { DOUBLE_OK, IDIOM_LINKS } from './lexicon'
import { originAt } from './sourceText'
import type { Report, SourceText } from './types'

// A character doubled inside running text is a warning, never a change.

// `恒恒`: two equal Han characters of the basic plane (what isHan accepts below U+D800)
const DOUBLED = /([\u3400-\u4dbf\u4e00-\u9fff])\1/g

/** `持之以恒恒抓项目` → a `doubled-char` warning at the second 恒; `扎扎实实`, `水平平安` are ordinary. */
export function warnDoubled(src: SourceText, report: Report): void {
  const text = src.text
  // each pair of equal BMP Han characters, found by the regex engine; overlapping pairs too
  DOUBLED.lastIndex = 0
  for (let m = DOUBLED.exec(text); m !== null; DOUBLED.lastIndex = m.index + 1, m = DOUBLED.exec(text)) {
    const i = m.index + 1
    const c = text.charCodeAt(i)
    // a run of exactly two, not three (`哈哈哈`)
    if (text.charCodeAt(i - 2) === c || text.charCodeAt(i + 1) === c) continue
    const ch = text[i] as string
    if (DOUBLE_OK.includes(ch)) continue
    // `持之以恒恒`, `锲而不舍舍`: the double closes a four-character idiom (`之` `而` `以` `不` inside it);
    // anything else (`满满`, `代表表示`, `李娟娟`, `娃哈哈`) is far likelier a word than a misprint
    if (!IDIOM_LINKS.includes(text[i - 3] ?? '') && !IDIOM_LINKS.includes(text[i - 2] ?? '')) continue
    if (!isHan(text.charCodeAt(i - 4)) || !isHan(text.charCodeAt(i - 3))) continue
    // `记者 木木 岳珊`: the pair alone between spaces or punctuation is a word or a name of its own
    if (!isHan(text.charCodeAt(i + 1)) && !isHan(text.charCodeAt(i - 2))) continue
    // `是不是开开会`: after an A-not-A question a verb is often reduplicated, and 不 is no idiom link there
    if (text[i - 3] === '不' && text[i - 4] === text[i - 2]) continue
    const at = originAt(src, i)
    // across a joined break the join pass has already decided
    if (originAt(src, i - 1) !== at - 1) continue
    report.warnings.push({ kind: 'doubled-char', offset: at, end: at + 1, message: `“${ch}${ch}”可能多印了一个“${ch}”，已保留原样，请核对` })
  }
}
