import { findInlineSpeaker } from './findInlineSpeaker'
import { parseByline } from './parseByline'
import type { Block, ParsedSpeaker, Reporter, SourceText } from './types'

// Pass 7: blocks → title, intro, entries, outro. Bylines that open or close the whole piece
// go to every entry without its own.

export interface DraftEntry {
  headline: SourceText | null
  speaker: ParsedSpeaker | null
  speakerSrc: SourceText | null
  reporters: Reporter[]
  paragraphs: SourceText[]
  closed: boolean
}

export interface DraftDoc {
  title: SourceText | null
  intro: SourceText[]
  entries: DraftEntry[]
  outro: SourceText[]
}

const entry = (headline: SourceText | null, speaker: ParsedSpeaker | null, speakerSrc: SourceText | null): DraftEntry =>
  ({ headline, speaker, speakerSrc, reporters: [], paragraphs: [], closed: false })

/** `本报讯（记者 A）…` → the reporters of an opening dateline byline. */
function datelineReporters(text: string): Reporter[] | null {
  if (!text.startsWith('本报讯') && !text.startsWith('本報訊')) return null
  const open = text.charCodeAt(3)
  if (open !== 0xff08 && open !== 0x28) return null
  const end = Math.min(text.length, 60)
  for (let i = 4; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 0xff09 || c === 0x29) return parseByline(text.slice(4, i))
  }
  return null
}

/** The whole piece, from the blocks of joinBreaks. */
export function groupEntries(blocks: Block[]): DraftDoc {
  const doc: DraftDoc = { title: null, intro: [], entries: [], outro: [] }
  const inline = !blocks.some((b) => b.kind === 'headline' || b.kind === 'speaker')
  const shared: Reporter[] = []
  let trailing: SourceText[] = []
  let cur: DraftEntry | null = null
  const lastStart = blocks.findLastIndex((b) => b.kind === 'headline' || b.kind === 'speaker' ||
    (inline && b.kind === 'para' && findInlineSpeaker(b.src.text) !== null))
  const start = (e: DraftEntry): void => {
    if (cur) cur.paragraphs.push(...trailing)
    else doc.intro.push(...trailing)
    trailing = []
    doc.entries.push(e)
    cur = e
  }
  blocks.forEach((b, i) => {
    if (b.kind === 'title') doc.title ??= b.src
    else if (b.kind === 'headline') start(entry(b.src, null, null))
    else if (b.kind === 'speaker') {
      // a speaker line right under its headline completes that entry
      if (cur && !cur.speaker && cur.paragraphs.length === 0 && trailing.length === 0 && !cur.closed) {
        cur.speaker = b.speaker
        cur.speakerSrc = b.src
      } else start(entry(null, b.speaker, b.src))
    } else if (b.kind === 'source') {
      // `来源：青海日报`, `责任编辑：王某`: outro paragraphs of their own
      if (cur) trailing.push(b.src)
      else doc.outro.push(b.src)
    }
    else if (b.kind === 'byline') {
      const rs = b.reporters ?? []
      if (cur && (b.inline || i < lastStart) && !cur.closed) {
        cur.reporters.push(...rs)
        cur.closed = true
      } else {
        // `（记者 A B）` closing the whole roundup, or `本报记者 A` opening it
        shared.push(...rs)
        if (cur) cur.closed = true
      }
    } else {
      const speaker = inline ? findInlineSpeaker(b.src.text) : null
      if (speaker) start({ ...entry(null, speaker, null), paragraphs: [b.src] })
      else if (!cur) {
        doc.intro.push(b.src)
        shared.push(...(datelineReporters(b.src.text) ?? []))
      } else if (!cur.closed && (!inline || b.src.text.startsWith('“') || b.src.text.startsWith('「')) && trailing.length === 0) {
        cur.paragraphs.push(b.src)
      } else trailing.push(b.src)
    }
  })
  doc.outro.push(...trailing)
  for (const e of doc.entries) if (e.reporters.length === 0) e.reporters = shared.map((r) => ({ ...r }))
  return doc
}
