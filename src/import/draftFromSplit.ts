import type { PayloadRequest } from 'payload'

import type { SplitResult } from '../split'
import { resolveNames } from './resolveNames'
import type { DraftEntry, ImportDraft } from './types'

/** The splitter's result as an editable draft, each speaker and byline resolved against the records. */
export async function draftFromSplit(req: PayloadRequest, result: SplitResult): Promise<ImportDraft> {
  const resolve = await resolveNames(req, {
    speakers: result.entries.flatMap((entry) => (entry.speaker ? [entry.speaker.name] : [])),
    reporters: result.entries.flatMap((entry) => entry.reporters.map((reporter) => reporter.name)),
  })
  const entries: DraftEntry[] = []
  for (const [index, entry] of result.entries.entries()) {
    const speaker = entry.speaker ? resolve.speaker(entry.speaker.name, entry.speaker.titles) : null
    const reporters = entry.reporters.map((reporter) => resolve.reporter(reporter.name, reporter.role))
    entries.push({
      key: `e${index + 1}`,
      headline: entry.headline,
      speaker: entry.speaker,
      delegateId: speaker?.delegateId ?? null,
      resolution: speaker?.resolution ?? null,
      candidates: speaker?.candidates ?? [],
      reporters,
      paragraphs: entry.paragraphs,
      // The splitter's own spans into the text: the review highlights from them, never by searching.
      offset: entry.start,
      end: entry.end,
      paragraphSpans: entry.paragraphSpans,
    })
  }
  return { layout: result.layout, title: result.title, intro: result.intro, entries, outro: result.outro }
}
