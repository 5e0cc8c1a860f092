/** The largest id a Postgres `serial`/`integer` column holds. */
export const MAX_ID = 2_147_483_647

/**
 * A document id from a URL segment: `"42"` → 42; anything else (`"abc"`, `"1.5"`, `"-3"`, a
 * number past the column's range) → null, so handlers answer 400/404 instead of letting the
 * database throw a 500.
 */
export const parseId = (raw: unknown): number | null => {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null
  const text = String(raw)
  if (!/^[1-9]\d{0,9}$/.test(text)) return null
  const id = Number(text)
  return id <= MAX_ID ? id : null
}
