import type { CollectionConfig } from 'payload'

import { Articles } from '../collections/Articles'
import { Audit } from '../collections/Audit'
import { Comments } from '../collections/Comments'
import { Delegates } from '../collections/Delegates'
import { Imports } from '../collections/Imports'
import { mediaCollection } from '../collections/Media'
import { Reporters } from '../collections/Reporters'
import { Statements } from '../collections/Statements'
import { Users } from '../collections/Users'
import { retargetUsers } from './merge/retargetUsers'
import type { CollectionKey, SanitizedNewsroomPluginConfig } from './types'

/**
 * The plugin's collections for these options, made anew on every call (no state shared
 * between two configs). `users` is what the plugin adds to the host's auth collection.
 */
export const newsroomCollections = (options: SanitizedNewsroomPluginConfig): Record<CollectionKey, CollectionConfig> => {
  const collections: Record<CollectionKey, CollectionConfig> = {
    articles: Articles,
    statements: Statements,
    delegates: Delegates,
    reporters: Reporters,
    media: mediaCollection(options.mediaDir),
    users: { ...Users, slug: options.usersCollection },
    audit: Audit,
    comments: Comments,
    imports: Imports,
  }
  for (const [key, collection] of Object.entries(collections)) {
    collections[key as CollectionKey] = { ...collection, fields: retargetUsers(collection.fields, options.usersCollection) } // entries() widens the key
  }
  return collections
}
