import type { SourceText } from './types'

// Helpers over SourceText: text that remembers where each character came from in the input.

/** `sourceAt(12, "刘波")`: two characters copied from input offset 12. */
export function sourceAt(offset: number, text: string): SourceText {
  return { text, map: [0, offset] }
}

/** Input offset of the character at text index `i` (binary search over the pieces). */
export function originAt(src: SourceText, i: number): number {
  const map = src.map
  let lo = 0
  let hi = (map.length >> 1) - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((map[mid * 2] ?? 0) <= i) lo = mid
    else hi = mid - 1
  }
  return (map[lo * 2 + 1] ?? 0) + i - (map[lo * 2] ?? 0)
}

/** The part [from, to) of `src`, offsets kept. */
export function sliceSource(src: SourceText, from: number, to: number = src.text.length): SourceText {
  const map: number[] = []
  for (let k = 0; k < src.map.length; k += 2) {
    const at = src.map[k] ?? 0
    const nextAt = k + 2 < src.map.length ? (src.map[k + 2] ?? 0) : Infinity
    if (nextAt <= from || at >= to) continue
    const startIn = Math.max(at, from)
    map.push(startIn - from, (src.map[k + 1] ?? 0) + startIn - at)
  }
  if (map.length === 0) map.push(0, originAt(src, Math.min(from, Math.max(0, src.text.length - 1))))
  return { text: src.text.slice(from, to), map }
}

/** The parts one after another, offsets kept. */
export function concatSource(parts: SourceText[]): SourceText {
  // one piece: nothing to join (maps are never changed in place, so it can be shared)
  const only = parts.length === 1 ? parts[0] : undefined
  if (only && only.text.length > 0) return only
  const map: number[] = []
  let text = ''
  for (const p of parts) {
    if (p.text.length === 0) continue
    for (let k = 0; k < p.map.length; k += 2) {
      map.push((p.map[k] ?? 0) + text.length, p.map[k + 1] ?? 0)
    }
    text += p.text
  }
  if (map.length === 0) map.push(0, parts[0] ? originAt(parts[0], 0) : 0)
  return { text, map }
}
