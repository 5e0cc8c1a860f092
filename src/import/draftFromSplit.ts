import type { PayloadRequest } from 'payload'

import type { SplitResult } from '../split'
import { resolveReporter, resolveSpeaker } from './resolveNames'
import type { DraftEntry, ImportDraft } from './types'

/** The splitter's result as an editable draft, each speaker and byline resolved against the records. */
export async function draftFromSplit(req: PayloadRequest, result: SplitResult): Promise<ImportDraft> {
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
      // The splitter's own spans into the text: the review highlights from them, never by searching.
      offset: entry.start,
      end: entry.end,
      paragraphSpans: entry.paragraphSpans,
    })
  }
  return { layout: result.layout, title: result.title, intro: result.intro, entries, outro: result.outro }
}
