/**
 * The id a relationship holds, whether Payload gave it populated (`{ id: 7, … }`, depth ≥ 1) or
 * not (`7`, depth 0); null for an empty relationship or anything else.
 */
export const relationId = (value: unknown): number | null => {
  if (typeof value === 'number') return value
  if (typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'number') return value.id
  return null
}
