import { describe, expect, it } from 'vitest'

import { toLexical } from '../../../src/import/toLexical'

describe('toLexical', () => {
  it('should make one Lexical paragraph per paragraph, in order', () => {
    const state = toLexical(['第一段。', '第二段。'])
    expect(state.root.type).toBe('root')
    expect(state.root.children.map((p) => p.children.map((t) => t.text).join(''))).toEqual(['第一段。', '第二段。'])
  })

  it('should give an empty paragraph no text node (Lexical refuses empty text nodes)', () => {
    expect(toLexical(['']).root.children[0]?.children).toEqual([])
  })

  it('should mark every text node as plain, unformatted text', () => {
    expect(toLexical(['好']).root.children[0]?.children[0]).toMatchObject({ type: 'text', format: 0, mode: 'normal', version: 1 })
  })
})
