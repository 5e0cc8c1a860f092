import type { PayloadRequest } from 'payload'

import type { SplitResult } from '../split'
import { resolveReporter, resolveSpeaker } from './resolveNames'
import type { DraftEntry, ImportDraft } from './types'

/** Where each entry starts in the text: its headline, else its speaker, else its first words. */
function entryOffsets(text: string, result: SplitResult): (number | null)[] {
  let cursor = 0
  return result.entries.map((entry) => {
    const probes = [entry.headline, entry.speaker?.name, entry.paragraphs[0]?.slice(0, 12)].filter(
      (probe): probe is string => Boolean(probe && probe.trim()),
    )
    for (const probe of probes) {
      const at = text.indexOf(probe, cursor)
      if (at >= 0) {
        cursor = at + 1
        return at
      }
    }
    return null
  })
}

/** The splitter's result as an editable draft, each speaker and byline resolved against the records. */
export async function draftFromSplit(req: PayloadRequest, text: string, result: SplitResult): Promise<ImportDraft> {
  const offsets = entryOffsets(text, result)
  const entries: DraftEntry[] = []
  for (const [index, entry] of result.entries.entries()) {
    const speaker = entry.speaker ? await resolveSpeaker(req, entry.speaker.name, entry.speaker.titles) : null
    const reporters = []
    for (const reporter of entry.reporters) reporters.push(await resolveReporter(req, reporter.name, reporter.role))
    entries.push({
      key: `e${index + 1}`,
      headline: entry.headline,
      speaker: entry.speaker,
      delegateId: speaker?.delegateId ?? null,
      resolution: speaker?.resolution ?? null,
      candidates: speaker?.candidates ?? [],
      reporters,
      paragraphs: entry.paragraphs,
      offset: offsets[index] ?? null,
    })
  }
  return { title: result.title, intro: result.intro, entries, outro: result.outro }
}
