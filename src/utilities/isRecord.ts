/** A plain object's fields, for code that walks JSON or document data whose shape it checks itself. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
