type Entry = { count: number; since: number }

/**
 * Failed attempts per key (an email, a client address) within a sliding window, in this
 * process's memory (per app server; see SECURITY.md). Shared across the server's bundles
 * through `globalThis`, so the login route and the admin's unlock see the same counts.
 */
export class FailureCounter {
  private readonly entries: Map<string, Entry>

  constructor(
    name: string,
    private readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {
    // cast: one store per process across Next's separate bundles: globalThis has no type for our symbol
    const store = globalThis as unknown as Record<symbol, Map<string, Entry> | undefined>
    const key = Symbol.for(`newsroom.failures.${name}`)
    this.entries = store[key] ??= new Map()
  }

  count(key: string, now = Date.now()): number {
    const entry = this.entries.get(key)
    if (!entry) return 0
    if (now - entry.since > this.windowMs) {
      this.entries.delete(key)
      return 0
    }
    return entry.count
  }

  add(key: string, now = Date.now()): void {
    const count = this.count(key, now)
    if (count === 0 && this.entries.size >= this.maxKeys) this.prune(now)
    this.entries.set(key, { count: count + 1, since: count === 0 ? now : this.entries.get(key)!.since })
  }

  forgive(key: string): void {
    const entry = this.entries.get(key)
    if (entry && entry.count > 1) entry.count -= 1
    else this.entries.delete(key)
  }

  clear(key: string): void {
    this.entries.delete(key)
  }

  /** Drops expired keys, then the oldest, so a spray of made-up emails cannot grow memory without bound. */
  private prune(now: number): void {
    for (const [key, entry] of this.entries) if (now - entry.since > this.windowMs) this.entries.delete(key)
    for (const key of this.entries.keys()) {
      if (this.entries.size < this.maxKeys) break
      this.entries.delete(key)
    }
  }
}
