import fc from 'fast-check'
import { renderPlain, splitPaste, type SplitResult } from '../../../src/split/index'

// The splitter's invariants as plain functions (no vitest), shared by the property tests and
// `npm run fuzz:split`. Each returns null when it holds, else what went wrong.

const WS = /[\s\u200b\u200c\u200d\u2060\ufeff]/gu
const strip = (s: string): string => s.replace(WS, '')

/** The strings of the output (title, intro, outro, headlines, speakers, reporters, paragraphs). */
export function outputStrings(out: SplitResult): string[] {
  const s: string[] = []
  if (out.title !== null) s.push(out.title)
  s.push(...out.intro, ...out.outro)
  for (const e of out.entries) {
    if (e.headline !== null) s.push(e.headline)
    if (e.speaker) s.push(e.speaker.name, ...e.speaker.titles)
    for (const r of e.reporters) s.push(r.name, r.role)
    s.push(...e.paragraphs)
  }
  return s
}

/** Non-whitespace characters of the input found neither in the output nor in a repair's `before`. */
export function lostChars(input: string, out: SplitResult): string[] {
  const have = new Map<string, number>()
  for (const str of [...outputStrings(out), ...out.repairs.map((r) => r.before)]) {
    for (const ch of strip(str)) have.set(ch, (have.get(ch) ?? 0) + 1)
  }
  const lost: string[] = []
  for (const ch of strip(input)) {
    const n = have.get(ch) ?? 0
    if (n > 0) have.set(ch, n - 1)
    else lost.push(ch)
  }
  return lost
}

export function nothingLost(input: string): string | null {
  const lost = lostChars(input, splitPaste(input))
  return lost.length ? `lost ${JSON.stringify(lost.slice(0, 10))}` : null
}

export function offsetsTrue(input: string): string | null {
  const out = splitPaste(input)
  for (const r of out.repairs) {
    if (input.slice(r.offset, r.offset + r.before.length) !== r.before) return `repair not at its offset: ${JSON.stringify(r)}`
  }
  for (const w of out.warnings) if (!(w.offset >= 0 && w.offset <= input.length)) return `warning offset out of range: ${JSON.stringify(w)}`
  return null
}

export function resplitSame(input: string): string | null {
  const first = splitPaste(input)
  const again = splitPaste(renderPlain(first), { layout: first.layout })
  // offsets differ between the paste and its rendering; the entries' content must not
  const content = (r: typeof first): string =>
    JSON.stringify(r.entries.map(({ headline, speaker, reporters, paragraphs }) => ({ headline, speaker, reporters, paragraphs })))
  const a = content(first)
  const b = content(again)
  return a === b ? null : `re-split differs:\n  ${a}\n  ${b}`
}

const TOKENS = [
  '\n', '\r\n', '\n\n', '\r', '。', '，', ',', ';', ':', '!', '?', '(', ')', '（', '）', '、', ' ', '\u3000', '\u00a0',
  '\u200b', '\ufeff', '#', '## ', '# ', '**', '“', '”', '（记者 王明）', '(记者 李华 摄)', '本报记者 周明', '省人大代表、',
  '县委书记', '县委书记王明', ' 刘波', '本报讯（记者 韩雪）', '说：“', '精神', '神', '常', '扎扎', '实实', '来源：青海日报',
  '【字体：大 中 小】', '（下转第2版）', '（上接第1版）', '2024年1月20日 青海日报 第3版', '5G', '10:30', 'PM2.5', '发展',
  '记者：', '马·阿不都', '才让多杰', '欧阳', '湟中区', '湟中县委书记', '\ud800', 'a', '1',
]

/** Text made of the pieces that matter to the splitter, with some arbitrary strings mixed in. */
export const pasteLike: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }), { maxLength: 80 })
  .map((parts) => parts.join(''))

const NAMES = ['刘波', '贾栋', '韩俊良', '欧阳春明', '才让多杰', '马·阿不都', '张静韵']
const TITLES = ['省人大代表', '西宁市常委', '大通县委书记', '城北区委书记', '省政协委员', '湟源县县长']
const SENTENCES = [
  '政府工作报告通篇贯穿新发展理念，是一个凝心聚力的好报告。', '我们将聚焦特色产业，积聚经济发展新动能。',
  '持续推进生态保护，打造生态文明建设新样板。', '全区15个乡镇实现特色产业全覆盖，5G网络覆盖率达到98.5%。',
  '“我们有信心完成全年目标。”', '坚持以人民为中心，不断增进民生福祉。',
]
const HEADLINES = ['聚焦聚力乘势而上 推动高质量发展', '加快建设中央活力区', '答好新赶考路上的时代答卷']

/** A roundup as a paste: title, entries with headline, speaker line, paragraphs hard-wrapped, bylines. */
export const roundup: fc.Arbitrary<string> = fc
  .record({
    title: fc.option(fc.constantFrom('县区委书记谈政府工作报告', '代表委员谈发展'), { nil: undefined }),
    markers: fc.boolean(),
    entries: fc.array(fc.record({
      headline: fc.constantFrom(...HEADLINES),
      titles: fc.uniqueArray(fc.constantFrom(...TITLES), { minLength: 1, maxLength: 3 }),
      name: fc.constantFrom(...NAMES),
      space: fc.boolean(),
      paras: fc.array(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
      wrap: fc.nat(20),
      byline: fc.option(fc.constantFrom('(记者 樊娅楠)', '（记者 王海 通讯员 张晓）'), { nil: undefined }),
    }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ title, markers, entries }) => {
    const out: string[] = []
    if (title) out.push(markers ? `# ${title}` : title)
    for (const e of entries) {
      out.push(markers ? `## ${e.headline}` : e.headline)
      out.push(`${e.titles.join('、')}${e.space ? ' ' : ''}${e.name}`)
      e.paras.forEach((p, i) => {
        let text = p.join('')
        if (e.wrap > 3 && e.wrap < text.length - 3) text = `${text.slice(0, e.wrap)}\n\n${text.slice(e.wrap)}`
        if (i === e.paras.length - 1 && e.byline) text += e.byline
        out.push(text)
      })
    }
    return out.join('\n\n')
  })
