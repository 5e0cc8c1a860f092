import { describe, expect, it } from 'vitest'

import { addEntry, asOneEntry, emptyEntry, mergeWithNext, removeEntry, splitEntryAt, updateEntry } from '../../../src/import/admin/draftEdits'
import type { ImportDraft } from '../../../src/import/types'

const byline = (name: string) => ({ name, role: '记者', reporterId: null, resolution: 'new' as const })
const entry = (name: string | null, paragraphs: string[], reporters = [byline('王芳')]) => ({
  ...emptyEntry(paragraphs, reporters),
  speaker: name ? { name, titles: [] } : null,
})
const draft = (): ImportDraft => ({ title: '题', intro: ['导语'], outro: ['结尾'], entries: [entry('赵明', ['一', '二', '三']), entry('李华', ['四'], [byline('王芳'), byline('张伟')])] })

describe('draft edits', () => {
  it('should leave the input untouched', () => {
    const before = draft()
    const copy = structuredClone(before)
    updateEntry(before, 0, { headline: '新' })
    mergeWithNext(before, 0)
    expect(before).toEqual(copy)
  })

  it('should add a blank entry after an index, carrying the byline before it, with a key of its own', () => {
    const d = draft()
    const after = addEntry(d, 0)
    expect(after.entries).toHaveLength(3)
    expect(after.entries[1]).toMatchObject({ speaker: null, paragraphs: [''], reporters: d.entries[0]!.reporters })
    expect(new Set(after.entries.map((e) => e.key)).size).toBe(3)
  })

  it('should remove an entry', () => {
    expect(removeEntry(draft(), 0).entries.map((e) => e.speaker?.name)).toEqual(['李华'])
  })

  it('should merge an entry with the next: first speaker, all paragraphs, both bylines once', () => {
    const merged = mergeWithNext(draft(), 0).entries
    expect(merged).toHaveLength(1)
    expect(merged[0]).toMatchObject({ speaker: { name: '赵明' }, paragraphs: ['一', '二', '三', '四'] })
    expect(merged[0]!.reporters.map((r) => r.name)).toEqual(['王芳', '张伟'])
  })

  it("should take the second entry's speaker when the first has none", () => {
    const d = { ...draft(), entries: [entry(null, ['一']), entry('李华', ['二'])] }
    expect(mergeWithNext(d, 0).entries[0]?.speaker?.name).toBe('李华')
  })

  it('should split an entry before a paragraph, the rest a new entry with no speaker', () => {
    const split = splitEntryAt(draft(), 0, 2).entries
    expect(split.map((e) => e.paragraphs)).toEqual([['一', '二'], ['三'], ['四']])
    expect(split[1]?.speaker).toBeNull()
  })

  it('should not split at the first paragraph or past the last', () => {
    const d = draft()
    expect(splitEntryAt(d, 0, 0)).toBe(d)
    expect(splitEntryAt(d, 0, 3)).toBe(d)
  })

  it('should import as one entry: intro and outro paragraphs, or else the whole text', () => {
    expect(asOneEntry(draft(), '全文').entries.map((e) => e.paragraphs)).toEqual([['导语', '结尾']])
    const bare = { ...draft(), intro: [], outro: [] }
    expect(asOneEntry(bare, '第一行\n\n第二行').entries[0]?.paragraphs).toEqual(['第一行', '第二行'])
  })
})
