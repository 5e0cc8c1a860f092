import type { CollectionConfig } from 'payload'

import { Articles } from '../collections/Articles'
import { Audit } from '../collections/Audit'
import { Comments } from '../collections/Comments'
import { Delegates } from '../collections/Delegates'
import { Imports } from '../collections/Imports'
import { mediaCollection } from '../collections/Media'
import { Notifications } from '../collections/Notifications'
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
  const retarget = (collection: CollectionConfig): CollectionConfig => ({
    ...collection,
    fields: retargetUsers(collection.fields, options.usersCollection),
  })
  return {
    articles: retarget(Articles),
    statements: retarget(Statements),
    delegates: retarget(Delegates),
    reporters: retarget(Reporters),
    media: retarget(mediaCollection(options.mediaDir)),
    users: retarget({ ...Users, slug: options.usersCollection }),
    audit: retarget(Audit),
    comments: retarget(Comments),
    imports: retarget(Imports),
    notifications: retarget(Notifications),
  }
}
