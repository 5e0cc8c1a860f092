import type { DraftEntry } from './groupEntries'
import { originAt } from './sourceText'
import type { Report } from './types'

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

/** Adds a `title-mismatch` warning when the body names the speaker's place with another unit. */
export function checkTitles(e: DraftEntry, report: Report): void {
  if (!e.speaker || !e.speakerSrc) return
  // `湟中区` cannot span two paragraphs, so each is searched alone (no joined copy of the body)
  const inBody = (word: string): boolean => e.paragraphs.some((p) => p.text.includes(word))
  for (const title of e.speaker.titles) {
    const place = placeOf(title)
    if (!place) continue
    const [name, unit] = place
    if (inBody(name + unit)) continue
    for (const other of UNITS) {
      if (other === unit || !inBody(name + other)) continue
      const i = e.speakerSrc.text.indexOf(title)
      report.warnings.push({
        kind: 'title-mismatch',
        offset: originAt(e.speakerSrc, Math.max(0, i)),
        message: `职务“${title}”与正文中的“${name}${other}”不一致，请核对`,
      })
      break
    }
  }
}
