import { isHan, isSpaceLike } from './charClass'
import { isSubhead } from './isSubhead'
import { NOT_NAMES } from './lexicon'
import { isKnownName, isTitleLike } from './parseSpeaker'
import { addRepair } from './repairLog'
import { originAt } from './sourceText'
import type { Block, Layout, Report, SourceText } from './types'

// Web copy of a print roundup or a Q&A page gives who speaks on lines of their own: the name
// alone, then a line or two of titles (`王运丹` / `上海市第十四、十五届人大代表` / `中国能源研究会
// 常务理事、国家电投专家委委员`), sometimes the entry's headline between them, then the body.
// In web copy every line is its own block, so those lines are gathered here into one speaker block.

// a line of titles is short, and a sentence's punctuation never appears in it
const MAX_TITLES_LINE = 60
const NOT_IN_TITLES = /[，。！？；：,.!?;:“”"「」（）()的]/
const NUMERALS = '〇一二三四五六七八九十百'

/** `拜秀花`: a name alone on its line. */
function isNameLine(text: string): boolean {
  return text.length >= 2 && text.length <= 4 && isKnownName(text) && !NOT_NAMES.has(text)
}

/**
 * `中国能源研究会常务理事、国家电投专家委委员` → its titles, split at 、 (not at a 、 between numerals:
 * `上海市第十四、十五届人大代表` is one title) and at spaces; null unless every piece ends like a title.
 * Also returns the offsets (in `text`) of the separators that leave with the line.
 */
export function titlesLine(text: string): { titles: string[]; cuts: number[] } | null {
  if (text.length < 2 || text.length > MAX_TITLES_LINE || NOT_IN_TITLES.test(text)) return null
  const titles: string[] = []
  const cuts: number[] = []
  let from = 0
  for (let i = 0; i <= text.length; i++) {
    const c = text[i]
    const end = i === text.length
    const space = !end && isSpaceLike(text.charCodeAt(i))
    const comma = c === '、' && !(NUMERALS.includes(text[i - 1] ?? '') && NUMERALS.includes(text[i + 1] ?? ''))
    if (!end && !space && !comma) continue
    if (i > from) titles.push(text.slice(from, i))
    if (comma) cuts.push(i)
    from = i + 1
  }
  return titles.length > 0 && titles.every((t) => t.length >= 2 && isTitleLike(t) && isHan(t.charCodeAt(0))) ? { titles, cuts } : null
}

/** A paragraph of body text (a sentence), not a short structural line. */
const isBody = (b: Block | undefined): boolean =>
  b !== undefined && b.kind === 'para' && !isNameLine(b.src.text) && !isSubhead(b.src.text) && titlesLine(b.src.text) === null

/**
 * The titles a block under a name line gives: a paragraph of titles, or a speaker line whose name
 * could not be told from its titles (`…、国家电投专家委委员`: 委委员 is no name), whose 、 are repaired
 * already
 */
function titlesOf(b: Block): { titles: string[]; cuts: number[] } | null {
  // (a titles line above such a speaker line was taken for its headline)
  if (b.kind === 'para' || b.kind === 'headline') return titlesLine(b.src.text)
  if (b.kind !== 'speaker' || b.speaker?.name !== null) return null
  const line = titlesLine(b.src.text)
  return line ? { titles: line.titles, cuts: [] } : null
}

interface NameBlock {
  /** Index of the first block after the gathered lines (the body). */
  next: number
  headline: SourceText | null
  titles: string[]
  /** Title lines, with the offsets of their separators. */
  lines: { src: SourceText; cuts: number[] }[]
}

/** The name line at `i` with the headline and title lines under it, when body text follows them. */
function readNameBlock(blocks: Block[], i: number): NameBlock | null {
  const name = blocks[i] as Block
  if (name.kind !== 'para' || !isNameLine(name.src.text)) return null
  const found: NameBlock = { next: i + 1, headline: null, titles: [], lines: [] }
  for (let j = i + 1; j < blocks.length; j++) {
    const b = blocks[j] as Block
    const line = titlesOf(b)
    if (line) {
      found.titles.push(...line.titles)
      found.lines.push({ src: b.src, cuts: line.cuts })
    } else if (b.kind === 'para' && found.headline === null && isSubhead(b.src.text) && !isNameLine(b.src.text)) found.headline = b.src
    else break
    found.next = j + 1
  }
  return isBody(blocks[found.next]) ? found : null
}

/**
 * Blocks with each name line (and the titles and headline lines under it) made one speaker block,
 * headline first. Only in web and app copy, only after the piece's first body paragraph (a name
 * alone above the lead is its author), and only where titles follow the name or the piece gives
 * two speakers or more this way (one name alone above a paragraph may be anything).
 */
export function gatherNameLines(blocks: Block[], input: string, report: Report, layout: Layout): Block[] {
  if (layout !== 'web' && layout !== 'app') return blocks
  const firstBody = blocks.findIndex((b) => isBody(b))
  if (firstBody < 0) return blocks
  const found = new Map<number, NameBlock>()
  for (let i = firstBody + 1; i < blocks.length; i++) {
    const nb = readNameBlock(blocks, i)
    if (nb) found.set(i, nb)
  }
  const bare = [...found.values()].filter((nb) => nb.titles.length === 0).length
  if (found.size === 0 || (bare === found.size && bare < 2)) return blocks
  const out: Block[] = []
  for (let i = 0; i < blocks.length; i++) {
    const nb = found.get(i)
    if (!nb || (nb.titles.length === 0 && bare < 2)) {
      out.push(blocks[i] as Block)
      continue
    }
    const name = blocks[i] as Block
    if (nb.headline) out.push({ kind: 'headline', src: nb.headline, speaker: null, reporters: null })
    out.push({ kind: 'speaker', src: name.src, speaker: { name: name.src.text, titles: nb.titles }, reporters: null })
    // `、` between titles leaves with the line, as on a print speaker line
    for (const { src, cuts } of nb.lines) for (const c of cuts) addRepair(report, input, 'speaker-line', originAt(src, c), originAt(src, c) + 1)
    i = nb.next - 1
  }
  return out
}
