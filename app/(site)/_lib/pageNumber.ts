/** `?page=3` → 3; anything else (missing, 0, -1, `abc`, `2.5`) → null unless absent (1). */
export const pageNumber = (value: string | string[] | undefined): number | null => {
  if (value === undefined) return 1
  const n = Number(Array.isArray(value) ? value[0] : value)
  return Number.isSafeInteger(n) && n >= 1 ? n : null
}
