// Measuring tools for the load suite: one clock, requests that always end, latencies by kind,
// and the error log. Nothing here knows about Newsroom.

/** Milliseconds on the one monotonic clock that readers, editors and the freshness log share. */
export const now = (): number => performance.now()

export type Timed =
  | { ok: true; status: number; headers: Headers; body: string; started: number; ended: number }
  | { ok: false; error: string; started: number; ended: number }

/**
 * One request with a hard deadline (headers and body both), over the global fetch's keep-alive
 * pool. Never throws: a network error or a timeout comes back as `ok: false`.
 */
export async function timedFetch(url: string, init: RequestInit, timeoutMs: number): Promise<Timed> {
  const started = now()
  try {
    const response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
    const body = await response.text()
    return { ok: true, status: response.status, headers: response.headers, body, started, ended: now() }
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    const detail = [(error as Error).name, (error as Error).message, cause?.code, cause?.message].filter(Boolean).join(': ')
    return { ok: false, error: detail, started, ended: now() }
  }
}

export type LoadError = { atSeconds: number; who: string; request: string; status: number | null; detail: string }

/** Latencies by kind of request, Next's cache verdicts, and every error, for the figures printed at the end. */
export class Figures {
  private readonly latencies = new Map<string, number[]>()
  private readonly cache = new Map<string, Map<string, number>>()
  readonly errors: LoadError[] = []

  constructor(private readonly origin: number) {}

  /** One request's latency; `cache` is its `x-nextjs-cache` header (HIT, STALE, MISS) if any. */
  record(kind: string, latencyMs: number, cache?: string | null): void {
    const list = this.latencies.get(kind)
    if (list) list.push(latencyMs)
    else this.latencies.set(kind, [latencyMs])
    if (cache) {
      const counts = this.cache.get(kind) ?? new Map<string, number>()
      counts.set(cache, (counts.get(cache) ?? 0) + 1)
      this.cache.set(kind, counts)
    }
  }

  fail(who: string, request: string, status: number | null, detail: string): void {
    this.errors.push({ atSeconds: (now() - this.origin) / 1000, who, request, status, detail: detail.slice(0, 300) })
  }

  /** One table row per kind: count, p50 and p99 in ms, and the cache verdicts (`HIT 97% STALE 1%`). */
  rows(kinds: readonly string[]): (string | number)[][] {
    return kinds.map((kind) => {
      const sorted = [...(this.latencies.get(kind) ?? [])].sort((a, b) => a - b)
      const verdicts = [...(this.cache.get(kind) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1])
      const cache = verdicts.map(([verdict, n]) => `${verdict} ${((100 * n) / sorted.length).toFixed(n === sorted.length ? 0 : 1)}%`).join(' ')
      return [kind, sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 99)), cache || '-']
    })
  }
}

/** Nearest-rank percentile of an ascending list (NaN when empty). */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! : Number.NaN

const ms = (value: number): string => (Number.isNaN(value) ? '-' : value.toFixed(value < 10 ? 1 : 0))

/** Left-aligned first column, right-aligned figures, two spaces between columns. */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map(String))
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)))
  return cells.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n')
}
