import { describe, it } from 'vitest'
import { splitPaste } from '../../../src/split/index'
import { expectSplit, loadCases, OWN_FIXTURES } from './expectSplit'

// Our own cases (tests/fixtures/split), checked exactly as the seed is.

describe('own fixtures', () => {
  for (const c of loadCases(OWN_FIXTURES)) {
    it(`should split ${c.name} as expected`, () => {
      expectSplit(c.input, splitPaste(c.input), c.expected)
    })
  }
})
