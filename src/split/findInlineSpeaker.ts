import { SPEECH_VERBS } from './lexicon'
import { parseSpeaker } from './parseSpeaker'
import type { ParsedSpeaker } from './types'

// Inline layout: `省人大代表、某县委书记赵明说：“……”` opens an entry.

const MAX_ATTRIBUTION = 60

/** The speaker of a paragraph that opens `titles + name + 说/表示/认为/介绍：“`, else null. */
export function findInlineSpeaker(text: string): ParsedSpeaker | null {
  const limit = Math.min(text.length - 1, MAX_ATTRIBUTION)
  for (let i = 1; i < limit; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x3002 || c === 0xff0c || c === 0x201c) return null
    if (c !== 0xff1a && c !== 0x3a) continue
    const q = text.charCodeAt(i + 1)
    if (q !== 0x201c && q !== 0x300c && q !== 0x22) return null
    const prefix = text.slice(0, i)
    const verb = SPEECH_VERBS.find((v) => prefix.endsWith(v))
    if (!verb) return null
    const speaker = parseSpeaker(prefix.slice(0, -verb.length))
    return speaker && speaker.name !== null && speaker.titles.length > 0 ? speaker : null
  }
  return null
}
