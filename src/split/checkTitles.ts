import type { DraftEntry } from './groupEntries'
import { originAt } from './sourceText'
import type { Report, SourceText } from './types'

// A printed title that contradicts the body is a warning: `湟中县委书记` over a text about `湟中区委`.

const UNITS = '县区市州旗'

/** `湟中县委书记` → ['湟中', '县']: a two-character place and its unit, or null. */
function placeOf(title: string): [string, string] | null {
  for (let i = 2; i < Math.min(title.length, 6); i++) {
    const unit = title[i] as string
    if (UNITS.includes(unit)) return [title.slice(i - 2, i), unit]
  }
  return null
}

/** `湟中` in `湟中区委…湟中县` → the units seen right after it, one bit per UNITS character. */
function unitsAfter(paragraphs: SourceText[], name: string): number {
  let seen = 0
  for (const p of paragraphs) {
    const text = p.text
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const next = text[i + name.length]
      const u = next === undefined ? -1 : UNITS.indexOf(next)
      if (u >= 0) seen |= 1 << u
    }
  }
  return seen
}

/** Adds a `title-mismatch` warning when the body names the speaker's place with another unit. */
export function checkTitles(e: DraftEntry, report: Report): void {
  if (!e.speaker || !e.speakerSrc) return
  for (const title of e.speaker.titles) {
    const place = placeOf(title)
    if (!place) continue
    const [name, unit] = place
    // `湟中区` cannot span two paragraphs, so each is searched alone, once for all units
    const seen = unitsAfter(e.paragraphs, name)
    if (seen & (1 << UNITS.indexOf(unit))) continue
    for (let u = 0; u < UNITS.length; u++) {
      if (!(seen & (1 << u))) continue
      const other = UNITS[u] as string
      const i = Math.max(0, e.speakerSrc.text.indexOf(title))
      report.warnings.push({
        kind: 'title-mismatch',
        offset: originAt(e.speakerSrc, i),
        end: originAt(e.speakerSrc, Math.min(e.speakerSrc.text.length, i + title.length) - 1) + 1,
        message: `职务“${title}”与正文中的“${name}${other}”不一致，请核对`,
      })
      break
    }
  }
}
