import type { Attribution } from './findInlineSpeaker'
import { findSubject, titledNames } from './findMention'
import { SPEECH_VERBS } from './lexicon'
import type { Block } from './types'

// Who each paragraph of inline web copy is about, beyond its own attribution: a person introduced
// who speaks next (他说), a person named again, and an announcement that is not yet her words.

/**
 * `…点名要求广东省发改委主任李妙娟代表回答“…”这一问题。` then `李妙娟表示：“…”`: a paragraph that names
 * the speaker of the attribution right after it, with no speech verb of hers (a quote is not hers
 * then), announces her; her entry starts at her own words.
 */
function deferAnnouncements(atts: (Attribution | null)[], blocks: Block[]): void {
  for (let i = 0; i + 1 < atts.length; i++) {
    const att = atts[i]
    const next = atts[i + 1]
    if (att?.form !== 'mention' || !next || next.form === 'mention' || next.speaker.name !== att.speaker.name) continue
    const text = blocks[i]?.src.text ?? ''
    const from = text.indexOf(att.speaker.name)
    if (!SPEECH_VERBS.some((v) => text.includes(v, from))) atts[i] = null
  }
}

// `談到目前最熱的文化時，他説，`: the person just introduced speaks, by pronoun, early in the paragraph
const PRONOUN_SPEAKS = /^[^。！？]{0,30}?[他她](?![们們])[也还還则則又就更]?(?:说|說|説|表示|认为|認為|指出|强调|強調|坦言|介绍|介紹|告诉|告訴|透露|建议|建議)/

/**
 * `全國政協委員黃宏一走下兩會大巴，就吸引了眾多記者。` then `…他説，…`; `作为女代表之一的谢丽，…“…”`:
 * a paragraph about one person, who speaks in it (a quote) or in the next one (他说), starts her entry.
 */
function confirmSubjects(atts: (Attribution | null)[], blocks: Block[]): void {
  blocks.forEach((b, i) => {
    if (atts[i] || b.kind !== 'para') return
    const who = findSubject(b.src.text)
    if (!who) return
    const next = blocks[i + 1]
    const quoted = /[“「]/.test(b.src.text.slice(b.src.text.indexOf(who.name)))
    if (quoted || (next?.kind === 'para' && !atts[i + 1] && PRONOUN_SPEAKS.test(next.src.text))) {
      atts[i] = { speaker: who, form: 'mention', personVerb: true }
    }
  })
}

// what follows a name that opens a paragraph as its subject: `李彥秀的選區`, `李彥秀說`, `李彥秀也…`
const AFTER_SUBJECT = '的说說説表认認则則也还還又就曾在对對'

/**
 * `…立委蔡適應、中國國民黨籍立委李彥秀均是。` earlier, then `李彥秀的選區則很特別，…讓她…`: a paragraph
 * that opens with a person the piece has named with titles is about her (her entry, if another speaks now).
 */
function nameAgain(atts: (Attribution | null)[], blocks: Block[]): void {
  const named = new Set<string>()
  blocks.forEach((b, i) => {
    if (b.kind !== 'para') return
    const att = atts[i]
    const text = b.src.text
    if (!att) {
      const name = [...named].find((n) => text.startsWith(n) && AFTER_SUBJECT.includes(text[n.length] ?? ''))
      if (name) atts[i] = { speaker: { name, titles: [] }, form: 'mention', personVerb: true }
    }
    for (const n of titledNames(text)) named.add(n)
    if (att && att.speaker.titles.length > 0) named.add(att.speaker.name)
  })
}

/** The attributions of `blocks`, one per block, settled in place (inline layouts only). */
export function settleAttributions(atts: (Attribution | null)[], blocks: Block[]): void {
  confirmSubjects(atts, blocks)
  nameAgain(atts, blocks)
  deferAnnouncements(atts, blocks)
}
