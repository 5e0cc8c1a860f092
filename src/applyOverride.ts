import type { CollectionConfig } from 'payload'

import { mergeCollection } from './merge/mergeCollection'
import type { SanitizedCollectionOverride } from './types'

/**
 * A host's override of one of our collections: the plain `fields` are added, `override` gets the
 * collection and returns it changed, and the result is merged with ours again (our fields, hooks
 * and access composed on top), so an override can add and narrow but never remove or widen.
 */
export const applyOverride = (ours: CollectionConfig, { override, fields }: SanitizedCollectionOverride): CollectionConfig => {
  const withFields = fields.length ? { ...ours, fields: [...ours.fields, ...fields] } : ours
  const overridden = override(withFields)
  return overridden === ours ? ours : mergeCollection(overridden, ours)
}
