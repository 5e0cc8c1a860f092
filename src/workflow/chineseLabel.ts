import type { SanitizedCollectionConfig } from 'payload'

import { isRecord } from '../utilities/isRecord'

/** A collection's singular name in Chinese (`稿件`, `发言`) for refusal messages; `文档` when it has none. */
export const chineseLabel = (collection: Pick<SanitizedCollectionConfig, 'labels'>): string => {
  const singular: unknown = collection.labels?.singular
  return isRecord(singular) && typeof singular.zh === 'string' ? singular.zh : '文档'
}
