/**
 * Next stamps a cached page with the moment it was stored, and a revalidation only expires
 * entries stored before it. A render that read the rows before a publish committed but stored
 * its HTML after the revalidation would therefore stay cached as if fresh, until the next
 * publish. So the site's renders are counted: a revalidation made while renders begun before
 * it are still running is made again once the last of them has finished (and stored).
 *
 * The state lives on globalThis because Next bundles the site's pages and the API (where
 * Payload's hooks revalidate) separately, and loads the page cache on its own: module state
 * would not be shared between them.
 */
/** A revalidation made at `at` (ms since the epoch) while renders begun before it were running. */
type Pending = { seq: number; at: number; tags: string[]; expire: (tags: string[]) => void }
type Guard = { seq: number; renders: Map<number, number>; pending: Pending[]; timer?: ReturnType<typeof setTimeout> }

/** A render still unfinished after this long is taken as abandoned (an error, a lost `after`). */
const MAX_RENDER_MS = 120_000

const KEY = Symbol.for('newsroom.renderGuard')
// cast: one state per process across Next's separate bundles: globalThis has no type for our symbol
const state = (): Guard => ((globalThis as { [KEY]?: Guard })[KEY] ??= { seq: 0, renders: new Map(), pending: [] })

/** Notes that a render is about to read content; call the returned function when it has finished. */
export function beginRender(): () => void {
  const guard = state()
  const seq = ++guard.seq
  guard.renders.set(seq, Date.now())
  return () => {
    guard.renders.delete(seq)
    flush(guard)
  }
}

/**
 * Called with the tags just expired (at `at`): if renders begun earlier are still running,
 * `expire` runs again with these tags once they have all finished. Until then the page cache
 * (src/delivery/cacheHandler.mjs) stores every page as if rendered before `at`, so that what
 * such a render stores is stale at once rather than when its response is done.
 */
export function repeatAfterRunningRenders(tags: string[], expire: (tags: string[]) => void, at: number): void {
  const guard = state()
  if (!guard.renders.size) return
  guard.pending.push({ seq: ++guard.seq, at, tags, expire })
  watch(guard)
}

function flush(guard: Guard) {
  const abandonedBefore = Date.now() - MAX_RENDER_MS
  for (const [seq, startedAt] of guard.renders) if (startedAt < abandonedBefore) guard.renders.delete(seq)
  const oldest = Math.min(...guard.renders.keys())
  const due = guard.pending.filter((p) => p.seq < oldest)
  guard.pending = guard.pending.filter((p) => p.seq >= oldest)
  for (const { tags, expire } of due) expire(tags)
  if (guard.pending.length) watch(guard)
}

/** Should a render never report back, the revalidations waiting on it are still repeated. */
function watch(guard: Guard) {
  guard.timer ??= setTimeout(() => {
    guard.timer = undefined
    flush(guard)
  }, MAX_RENDER_MS + 1000).unref()
}
