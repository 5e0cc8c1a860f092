import { describe, expect, it } from 'vitest'

import { toLexical } from '../../../src/import/toLexical'
import { changesBetween } from '../../../src/workflow/changes/changesBetween'
import { diffParagraphs, diffText, type Piece } from '../../../src/workflow/changes/diffText'
import { paragraphsOf } from '../../../src/workflow/changes/paragraphsOf'

const marked = (pieces: Piece[] | null) => (pieces ?? []).filter((piece) => piece.changed).map((piece) => piece.text)
const text = (pieces: Piece[] | null) => (pieces ?? []).map((piece) => piece.text).join('')

describe('changes since approval (pure)', () => {
  it('should mark changed Chinese words whole, old left and new right, each side reading as its text', () => {
    const row = diffText('政府工作报告通篇贯穿战略思维。', '政府工作报告全篇贯穿系统思维。')
    expect(text(row.before)).toBe('政府工作报告通篇贯穿战略思维。')
    expect(text(row.after)).toBe('政府工作报告全篇贯穿系统思维。')
    expect(marked(row.before)).toEqual(['通篇', '战略'])
    expect(marked(row.after)).toEqual(['全篇', '系统'])
  })

  it('should pair an edited paragraph with its old text and leave unchanged paragraphs out', () => {
    const rows = diffParagraphs(['第一段不变。', '第二段原来的话。', '第三段不变。'], ['第一段不变。', '第二段改过的话。', '第三段不变。'])
    expect(rows).toHaveLength(1)
    expect(rows[0]!.at).toEqual({ before: 2, after: 2 })
    expect(marked(rows[0]!.after)).toEqual(['改过'])
  })

  it('should show an inserted paragraph on the right only, without marking the ones after it', () => {
    const rows = diffParagraphs(['甲。', '乙。'], ['甲。', '新加的一段。', '乙。'])
    expect(rows).toEqual([{ at: { before: null, after: 2 }, before: null, after: [{ text: '新加的一段。', changed: true }] }])
  })

  it('should read Lexical paragraphs as plain strings', () => {
    expect(paragraphsOf(toLexical(['一段。', '二段。']))).toEqual(['一段。', '二段。'])
    expect(paragraphsOf(null)).toEqual([])
  })

  it('should list only the changed fields of a statement, titles as printed in one line', () => {
    const before = { headline: '小标题', speakerTitles: [{ title: '省人大代表' }, { title: '某县委书记' }], body: toLexical(['原话。']) }
    const after = { headline: '小标题', speakerTitles: [{ title: '省人大代表' }, { title: '某区委书记' }], body: toLexical(['原话。']) }
    const changes = changesBetween('statements', before, after)
    expect(changes.map((change) => change.field)).toEqual(['speakerTitles'])
    expect(text(changes[0]!.rows[0]!.before)).toBe('省人大代表、某县委书记')
    expect(changes[0]!.label).toEqual({ zh: '职务（见报时）', en: 'Titles as printed' })
  })
})
