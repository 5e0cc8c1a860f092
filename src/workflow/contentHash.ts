import crypto from 'node:crypto'

import { isRecord } from '../utilities/isRecord'

// Workflow and bookkeeping fields: everything else is what the public reads.
const NOT_CONTENT = new Set([
  'id', 'createdAt', 'updatedAt', 'deletedAt', '_status', 'stage', 'reviewNote', 'approval', 'submittedAt',
  'owner', 'workflowActions', 'statements', 'publishedAt', 'retraction', 'provenance',
])

/** A value with row ids, empty values and populated documents reduced, keys sorted: `{a:1,b:[{x:2}]}`. */
const normal = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normal)
  if (!isRecord(value)) return value
  const record = value
  if ('id' in record && 'createdAt' in record) return record.id // a populated document: its id
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(record).sort()) {
    const item = record[key]
    if (key === 'id' || item === null || item === undefined || (Array.isArray(item) && item.length === 0)) continue
    out[key] = normal(item)
  }
  return out
}

/** SHA-256 of the published fields of an article or statement. */
export const contentHash = (doc: Record<string, unknown>): string => {
  const content = Object.fromEntries(Object.entries(doc).filter(([key]) => !NOT_CONTENT.has(key)))
  return crypto.createHash('sha256').update(JSON.stringify(normal(content))).digest('hex')
}
