import { describe, expect, it } from 'vitest'
import { splitPaste } from '../../../src/split/index'

describe('checkTitles', () => {
  it('should warn when the printed title names the place with another unit than the body', () => {
    const text = '省人大代表、湟中县委书记 吉辉\n\n湟中区委将深入学习，着力推动全区发展。'
    const w = splitPaste(text).warnings.find((x) => x.kind === 'title-mismatch')
    expect(w?.offset).toBe(text.indexOf('湟中县委书记'))
  })
  it('should stay quiet when title and body agree', () => {
    expect(splitPaste('省人大代表、大通县委书记 刘波\n\n大通县将推动发展。').warnings).toEqual([])
  })
})
