import { describe, expect, it } from 'vitest'
import { toLines } from '../../../src/split/toLines'

describe('toLines', () => {
  it('should give LF lines with true offsets', () => {
    expect(toLines('甲\n\n乙')).toEqual([{ start: 0, end: 1 }, { start: 2, end: 2 }, { start: 3, end: 4 }])
  })
  it('should read CRLF and a lone CR as line ends', () => {
    expect(toLines('甲\r\n乙\r丙')).toEqual([{ start: 0, end: 1 }, { start: 3, end: 4 }, { start: 5, end: 6 }])
  })
  it('should give one empty line for empty input', () => {
    expect(toLines('')).toEqual([{ start: 0, end: 0 }])
  })
})
