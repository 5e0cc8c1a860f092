import type { SourceText } from './types'

// Helpers over SourceText: text that remembers where each character came from in the input.
// Most text is one piece copied from the input (`at` alone); only joined or cleaned text has a map.

/** `sourceAt(12, "刘波")`: two characters copied from input offset 12. */
export function sourceAt(offset: number, text: string): SourceText {
  return { text, at: offset, map: null }
}

/** `"甲乙"`, [0, 12, 1, 30] → a SourceText, with no map when there is one piece. */
export function fromPieces(text: string, map: number[]): SourceText {
  return { text, at: map[1] ?? 0, map: map.length > 2 ? map : null }
}

/** Input offset of the character at text index `i` (binary search over the pieces). */
export function originAt(src: SourceText, i: number): number {
  const map = src.map
  if (map === null) return src.at + i
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
  // one piece: the slice starts `from` characters in (an empty slice at 0 stays within the text)
  if (src.map === null) return sourceAt(src.at + (to > 0 ? from : Math.min(from, Math.max(0, src.text.length - 1))), src.text.slice(from, to))
  const map: number[] = []
  for (let k = 0; k < src.map.length; k += 2) {
    const at = src.map[k] ?? 0
    const nextAt = k + 2 < src.map.length ? (src.map[k + 2] ?? 0) : Infinity
    if (nextAt <= from || at >= to) continue
    const startIn = Math.max(at, from)
    map.push(startIn - from, (src.map[k + 1] ?? 0) + startIn - at)
  }
  if (map.length === 0) map.push(0, originAt(src, Math.min(from, Math.max(0, src.text.length - 1))))
  return fromPieces(src.text.slice(from, to), map)
}

/** The parts one after another, offsets kept. */
export function concatSource(parts: SourceText[]): SourceText {
  // one piece: nothing to join (sources are never changed in place, so it can be shared)
  const only = parts.length === 1 ? parts[0] : undefined
  if (only && only.text.length > 0) return only
  const map: number[] = []
  const texts: string[] = []
  let length = 0
  for (const p of parts) {
    if (p.text.length === 0) continue
    if (p.map === null) map.push(length, p.at)
    else for (let k = 0; k < p.map.length; k += 2) map.push((p.map[k] ?? 0) + length, p.map[k + 1] ?? 0)
    texts.push(p.text)
    length += p.text.length
  }
  if (map.length === 0) map.push(0, parts[0] ? originAt(parts[0], 0) : 0)
  // one flat string: later passes would flatten a chain of `+=` anyway
  return fromPieces(texts.join(''), map)
}
