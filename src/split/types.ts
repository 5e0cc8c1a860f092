import type { RepairLog } from './repairLog'

// The splitter's output contract (DESIGN.md section 4) and the typed stages in between.

/** How the paste was laid out where it was copied from; it decides what a line break means. */
export type Layout = 'print' | 'epaper' | 'web' | 'app'

/** Kinds of repair: what the splitter changed or removed. */
export type RepairKind =
  | 'whitespace'
  | 'invisible'
  | 'control'
  | 'marker'
  | 'join'
  | 'doubled-char'
  | 'punctuation'
  | 'noise'
  | 'chrome'
  | 'label'
  | 'page-header'
  | 'jump'
  | 'byline'
  | 'speaker-line'

/** Kinds of warning: what the editor should look at. */
export type WarningKind = 'doubled-char' | 'title-mismatch' | 'speaker-name' | 'no-speaker'

/** A change the splitter made: `before` is exactly `input.slice(offset, end)`. */
export interface Repair {
  kind: RepairKind
  offset: number
  /** Offset just past the text repaired: `offset + before.length`. */
  end: number
  before: string
  after: string
}

/** A problem left for the editor; the text is not changed. `message` is Chinese. */
export interface Warning {
  kind: WarningKind
  offset: number
  /** Offset just past the text the warning is about. */
  end: number
  message: string
}

/** Where a paragraph came from: input offsets of its first character and just past its last. */
export interface Span {
  start: number
  end: number
}

export interface Reporter {
  name: string
  /** Role as printed, minus a leading 本报 (记者, 通讯员, 摄影 …). */
  role: string
}

export interface Speaker {
  /** Empty when the boundary between titles and name could not be decided (a warning says so). */
  name: string
  titles: string[]
}

export interface SplitEntry {
  headline: string | null
  speaker: Speaker | null
  reporters: Reporter[]
  paragraphs: string[]
  /** Input offset where the entry starts (its headline, speaker line or first paragraph). */
  start: number
  /** Input offset just past the entry's last character. */
  end: number
  /** One span per paragraph, in order. */
  paragraphSpans: Span[]
}

export interface SplitOptions {
  /** Force a layout instead of reading it from the paste (the review screen lets a reporter switch). */
  layout?: Layout
}

export interface SplitResult {
  layout: Layout
  title: string | null
  intro: string[]
  entries: SplitEntry[]
  outro: string[]
  repairs: Repair[]
  warnings: Warning[]
}

/** Where problems and repairs are collected while the passes run. */
export interface Report {
  repairs: Repair[]
  warnings: Warning[]
  /** When present, repairs go here (see addRepair) and become `repairs` at the end. */
  log?: RepairLog
}

/**
 * Text taken from the input with its origin. One piece (`map` null): the character at text
 * index i comes from input offset `at + i`. Several pieces: `map` holds pairs
 * [textIndex, inputOffset], and the character at i comes from inputOffset_k + (i - textIndex_k)
 * for the last pair with textIndex_k <= i (`at` is then the first piece's offset).
 */
export interface SourceText {
  text: string
  at: number
  map: number[] | null
}

export type LineKind =
  | 'blank'
  | 'noise'
  | 'chrome'
  | 'header'
  | 'jump'
  | 'source'
  | 'byline'
  | 'heading'
  | 'speaker'
  | 'short'
  | 'body'

/** A parsed speaker line; `name` is null when undecidable. */
export interface ParsedSpeaker {
  name: string | null
  titles: string[]
}

/** One input line after cleaning and classification. */
export interface Line {
  kind: LineKind
  src: SourceText
  /** Offset in the input of the line's first character (before cleaning). */
  start: number
  /** Offset in the input just past the line's last character (before the line break). */
  end: number
  /** Number of `#` markers for kind 'heading'. */
  level: number
  speaker: ParsedSpeaker | null
  /** Byline of a 'byline' line, or one found at the end of a 'body' line. */
  reporters: Reporter[] | null
}

/** A unit after the breaks are joined: structure lines stay, body lines become paragraphs. */
export type BlockKind = 'title' | 'headline' | 'speaker' | 'byline' | 'source' | 'para'

export interface Block {
  kind: BlockKind
  src: SourceText
  speaker: ParsedSpeaker | null
  reporters: Reporter[] | null
  /** A byline found at the end of a paragraph (it belongs to that paragraph's entry). */
  inline?: boolean
}
