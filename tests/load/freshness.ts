// The freshness rule of the load suite. Every editor write plants marker tokens (`NRLOAD…`) in
// the text; once the write's request has returned success at T, each reader response for an
// affected URL whose request STARTED after T must carry them. A response that does not is
// stale. The rule (the words): no reader sees a stale page more than one request after
// a publish; so stale responses are counted per write, URL and reader, and at most one is
// allowed for each. (Next renders a page once for all the requests that arrive meanwhile, so
// several readers may each get the render that began before the write, once.)

export const MARKER_PREFIX = 'NRLOAD'
const TOKEN = new RegExp(`${MARKER_PREFIX}[0-9A-Za-z]+`, 'g')

/** The marker tokens in a response body. */
export const tokensIn = (body: string): Set<string> => new Set(body.match(TOKEN))

/** Where a publish stands in the order publishes started, and how many were already running then. */
export type PublishSlot = { seq: number; runningAtStart: number }

export type Expectation = {
  /** What the figures call this URL: home, rss, article, rest. */
  label: string
  path: string
  /** Marker tokens the response must contain, each as a whole token. */
  tokens: string[]
  /**
   * For a list of the newest articles (home page, feed): its length. The list is checked only
   * while the article is sure to be on it; later publishes push it off.
   */
  listSize?: number
}

export type Write = {
  /** `editor 1 round 3 publish`, for the figures. */
  label: string
  /** The publish of the article this write changed. */
  slot: PublishSlot
  /** When the write's response had been read in full (the clock of loadKit `now`). */
  done: number
  expectations: Expectation[]
}

/** A stale response: how long after the write returned its request started, and Next's cache verdict. */
type StaleSample = { afterMs: number; cache: string | null; reader: string }
type Tally = { write: Write; expectation: Expectation; probes: number; stale: StaleSample[] }

export type LabelSummary = { label: string; pairs: number; probed: number; probes: number; stale: number; maxStale: number; maxPerReader: number }

/** The most stale responses one reader got for one write at one URL. */
const stalePerReader = (tally: Tally): number => {
  const counts = new Map<string, number>()
  for (const { reader } of tally.stale) counts.set(reader, (counts.get(reader) ?? 0) + 1)
  return Math.max(0, ...counts.values())
}

export class FreshnessLog {
  private started = 0
  private running = 0
  private readonly tallies: Tally[] = []
  private readonly byPath = new Map<string, Tally[]>()
  private checkedResponses = 0

  /** Call as a publish request is sent, and publishFinished() when it ends, however it ends. */
  publishStarted(): PublishSlot {
    const slot = { seq: this.started++, runningAtStart: this.running }
    this.running++
    return slot
  }

  publishFinished(): void {
    this.running--
  }

  /** The slot of an article published before the run, `rank` places below the newest (0: the newest). */
  seededSlot(rank: number): PublishSlot {
    return { seq: -1 - rank, runningAtStart: 0 }
  }

  /** A write whose request returned success: from now on its markers must show at its URLs. */
  committed(write: Write): void {
    for (const expectation of write.expectations) {
      const tally: Tally = { write, expectation, probes: 0, stale: [] }
      this.tallies.push(tally)
      const list = this.byPath.get(expectation.path)
      if (list) list.push(tally)
      else this.byPath.set(expectation.path, [tally])
    }
  }

  /**
   * A reader's response for `path` (whatever its status), whose request started at `started`;
   * `cache` is its `x-nextjs-cache` header, kept with stale responses.
   */
  observe(reader: string, path: string, started: number, body: string, cache: string | null = null): void {
    let tokens: Set<string> | undefined
    for (const tally of this.byPath.get(path) ?? []) {
      if (started <= tally.write.done) continue
      const { listSize } = tally.expectation
      if (listSize !== undefined && this.mayBeBelow(tally.write.slot, listSize)) continue
      tokens ??= tokensIn(body)
      tally.probes++
      if (!tally.expectation.tokens.every((token) => tokens!.has(token))) tally.stale.push({ afterMs: started - tally.write.done, cache, reader })
    }
    if (tokens) this.checkedResponses++
  }

  /**
   * Whether the article published in `slot` may already have been pushed off a list of the
   * `size` newest. Lists sort by publishedAt, stamped by the server during the request: any
   * publish that started after this one, or was running when it started, may be newer. Counted
   * now (after the response ended), so the answer errs towards not checking.
   */
  private mayBeBelow(slot: PublishSlot, size: number): boolean {
    const mayBeNewer = this.started - 1 - slot.seq + slot.runningAtStart
    return mayBeNewer >= size
  }

  summary() {
    const labels = [...new Set(this.tallies.map((t) => t.expectation.label))]
    const byLabel: LabelSummary[] = labels.map((label) => {
      const tallies = this.tallies.filter((t) => t.expectation.label === label)
      return {
        label,
        pairs: tallies.length,
        probed: tallies.filter((t) => t.probes > 0).length,
        probes: tallies.reduce((sum, t) => sum + t.probes, 0),
        stale: tallies.reduce((sum, t) => sum + t.stale.length, 0),
        maxStale: Math.max(0, ...tallies.map((t) => t.stale.length)),
        maxPerReader: Math.max(0, ...tallies.map(stalePerReader)),
      }
    })
    const stale = this.tallies
      .filter((t) => t.stale.length > 0)
      .sort((a, b) => b.stale.length - a.stale.length)
      .map((t) => ({ write: t.write.label, path: t.expectation.path, tokens: t.expectation.tokens, probes: t.probes, samples: t.stale }))
    return {
      writes: new Set(this.tallies.map((t) => t.write)).size,
      checkedResponses: this.checkedResponses,
      staleTotal: byLabel.reduce((sum, s) => sum + s.stale, 0),
      maxStale: Math.max(0, ...byLabel.map((s) => s.maxStale)),
      maxPerReader: Math.max(0, ...byLabel.map((s) => s.maxPerReader)),
      byLabel,
      stale,
    }
  }
}
