import type { Repair, RepairKind, Report } from './types'

// Repairs recorded as numbers while the passes run, and made Repair objects once, in input order,
// at the end: no object per repair kept alive through the passes, and no sort with a comparator.

/** `"质\n\n量"`: the join at offset 1 is kept as kind, offset, length and replacement, not as an object. */
export class RepairLog {
  private n = 0
  private offsets: Int32Array = new Int32Array(1024)
  private lengths: Int32Array = new Int32Array(1024)
  // kind and replacement, as indexes into `names`
  private codes: Int32Array = new Int32Array(1024)
  // code 0 is '', the replacement of most repairs
  private readonly names: string[] = ['']
  private readonly kinds: RepairKind[] = []
  private readonly kindIndex = new Map<RepairKind, number>()
  private readonly index = new Map<string, number>([['', 0]])

  constructor(private readonly input: string) {}

  // the last kind and code, since runs of repairs share their kind (`punctuation`)
  private lastKind: RepairKind | '' = ''
  private lastKindCode = 0

  private code(name: string): number {
    let c = this.index.get(name)
    if (c === undefined) {
      c = this.names.push(name) - 1
      this.index.set(name, c)
    }
    return c
  }

  private kindCode(kind: RepairKind): number {
    let c = this.kindIndex.get(kind)
    if (c === undefined) {
      c = this.kinds.push(kind) - 1
      this.kindIndex.set(kind, c)
    }
    return c
  }

  /** The repair of `input.slice(offset, offset + length)` into `after`. */
  add(kind: RepairKind, offset: number, length: number, after: string): void {
    if (this.n === this.offsets.length) {
      this.offsets = grow(this.offsets)
      this.lengths = grow(this.lengths)
      this.codes = grow(this.codes)
    }
    this.offsets[this.n] = offset
    this.lengths[this.n] = length
    if (kind !== this.lastKind) {
      this.lastKind = kind
      this.lastKindCode = this.kindCode(kind) << 16
    }
    this.codes[this.n] = this.lastKindCode | (after === '' ? 0 : this.code(after))
    this.n++
  }

  /** The repairs as objects, by offset; equal offsets in the order they were recorded. */
  toRepairs(): Repair[] {
    const order = stableOrder(this.offsets, this.n)
    const out: Repair[] = new Array<Repair>(this.n)
    for (let k = 0; k < this.n; k++) {
      const i = order[k] as number
      const offset = this.offsets[i] as number
      const code = this.codes[i] as number
      out[k] = {
        kind: this.kinds[code >>> 16] as RepairKind,
        offset,
        end: offset + (this.lengths[i] as number),
        before: this.input.slice(offset, offset + (this.lengths[i] as number)),
        after: this.names[code & 0xffff] as string,
      }
    }
    return out
  }
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2)
  b.set(a)
  return b
}

// how far back a key out of order is moved into its run before a new run is started instead
const MAX_SHIFT = 64

/** [5, 9, 2, 9] → [2, 0, 1, 3]: indexes by key, stable; a merge of the runs already (nearly) in order. */
export function stableOrder(keys: Int32Array, n: number): Int32Array {
  let from: Int32Array = new Int32Array(n)
  let to: Int32Array = new Int32Array(n)
  // starts of the ascending runs, then n; a key a little out of order (`  甲**` records the end
  // before the marker) is moved back into its run, after any equal keys
  let runs: number[] = [0]
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number
    let j = i - 1
    const runStart = runs[runs.length - 1] as number
    while (j >= runStart && i - j <= MAX_SHIFT && (keys[from[j] as number] as number) > key) j--
    if (j >= runStart && (keys[from[j] as number] as number) > key) {
      runs.push(i)
      j = i - 1
    }
    for (let m = i; m > j + 1; m--) from[m] = from[m - 1] as number
    from[j + 1] = i
  }
  runs.push(n)
  while (runs.length > 2) {
    const merged: number[] = [0]
    for (let r = 0; r + 1 < runs.length; r += 2) {
      const lo = runs[r] as number
      const mid = runs[r + 1] as number
      const hi = r + 2 < runs.length ? (runs[r + 2] as number) : mid
      let i = lo
      let j = mid
      let k = lo
      // the left run wins ties, so equal keys keep their order
      while (i < mid && j < hi) to[k++] = (keys[from[j] as number] as number) < (keys[from[i] as number] as number) ? (from[j++] as number) : (from[i++] as number)
      while (i < mid) to[k++] = from[i++] as number
      while (j < hi) to[k++] = from[j++] as number
      merged.push(hi)
    }
    ;[from, to] = [to, from]
    runs = merged
  }
  return from
}

/** Records the repair of `input.slice(from, to)` into `after`, in the log when the report has one. */
export function addRepair(report: Report, input: string, kind: RepairKind, from: number, to: number, after = ''): void {
  if (report.log) report.log.add(kind, from, to - from, after)
  else report.repairs.push({ kind, offset: from, end: to, before: input.slice(from, to), after })
}
