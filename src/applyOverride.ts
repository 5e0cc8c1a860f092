import type { CollectionConfig } from 'payload'

import type { CollectionOverride } from './types'

/** Applies a host app's overrides to one of the plugin's collections. */
export const applyOverride = (
  collection: CollectionConfig,
  { overrides, fields }: Required<CollectionOverride>,
): CollectionConfig => ({
  ...collection,
  ...overrides,
  fields: fields({ defaultFields: collection.fields }),
})
