import { describe, expect, it } from 'vitest'
import { assignRoles } from '../../../src/split/assignRoles'
import { joinBreaks } from '../../../src/split/joinBreaks'
import { linesOf, newReport } from './passes.helpers'
import { splitPaste } from '../../../src/split/index'

function join(text: string) {
  const report = newReport()
  const lines = linesOf(text, report)
  const paras = joinBreaks(text, lines, assignRoles(lines), report).filter((b) => b.kind === 'para').map((b) => b.src.text)
  return { paras, report }
}

describe('joinBreaks', () => {
  it('should join a break inside a sentence with no space and report it', () => {
    const { paras, report } = join('推动，高质\n\n量发展。')
    expect(paras).toEqual(['推动，高质量发展。'])
    expect(report.repairs).toEqual([{ kind: 'join', offset: 5, end: 7, before: '\n\n', after: '' }])
  })
  it('should make a break after 。 or 。” a paragraph break', () => {
    expect(join('第一句。\n\n第二句。”\n\n第三句。').paras).toEqual(['第一句。', '第二句。”', '第三句。'])
  })
  it('should drop a character doubled across a break before punctuation', () => {
    const { paras, report } = join('学习，二十大精神\n\n神，全面落实。')
    expect(paras).toEqual(['学习，二十大精神，全面落实。'])
    expect(report.repairs.find((r) => r.kind === 'doubled-char')).toMatchObject({ before: '神', after: '' })
  })
  it('should keep real reduplications across a break', () => {
    expect(join('我们，要常\n\n常深入基层，扎\n\n扎实实干。').paras).toEqual(['我们，要常常深入基层，扎扎实实干。'])
  })
  it('should keep and warn when unsure', () => {
    const { paras, report } = join('推动，高质量发展\n\n展现新作为。')
    expect(paras).toEqual(['推动，高质量发展展现新作为。'])
    expect(report.warnings.map((w) => w.kind)).toEqual(['doubled-char'])
  })
  it('should join across a page header and jump lines', () => {
    expect(join('人均收入\n（下转第2版）\n青海日报 2024年1月20日 第2版\n（上接第1版）\n增长。').paras).toEqual(['人均收入增长。'])
  })
})

describe('e-paper wraps', () => {
  const WRAPPED = '门源县将立足高原特色农牧业资源优势，\n大力发展油菜、青稞等特色种植业，推动\n农牧业提质增效，今年新建标准化养殖场。\n'
  it('should keep a subhead shorter than the wrap width out of the next paragraph', () => {
    const out = splitPaste(`${WRAPPED}为媒体解渴\n力争全县农牧民人均可支配收入再增长。\n`, { layout: 'epaper' })
    expect(out.intro).toContain('为媒体解渴')
  })
})
