import type { CollectionConfig } from 'payload'

import { articlesCollection } from '../collections/Articles'
import { auditCollection } from '../collections/Audit'
import { commentsCollection } from '../collections/Comments'
import { delegatesCollection } from '../collections/Delegates'
import { importsCollection } from '../collections/Imports'
import { mediaCollection } from '../collections/Media'
import { notificationsCollection } from '../collections/Notifications'
import { reportersCollection } from '../collections/Reporters'
import { statementsCollection } from '../collections/Statements'
import { usersCollection } from '../collections/Users'
import { retargetUsers } from './merge/retargetUsers'
import type { CollectionKey, SanitizedNewsroomPluginConfig } from './types'

type CollectionFactory = (options: SanitizedNewsroomPluginConfig) => CollectionConfig

const FACTORIES: Record<CollectionKey, CollectionFactory> = {
  articles: articlesCollection,
  statements: statementsCollection,
  delegates: delegatesCollection,
  reporters: reportersCollection,
  media: mediaCollection,
  users: usersCollection,
  audit: auditCollection,
  comments: commentsCollection,
  imports: importsCollection,
  notifications: notificationsCollection,
}

/**
 * The plugin's collections for these options, each made by its factory on every call (no state
 * shared between two configs). `users` is what the plugin adds to the host's auth collection;
 * every relation to users points at that collection (`usersCollection`).
 */
export const newsroomCollection = (key: CollectionKey, options: SanitizedNewsroomPluginConfig): CollectionConfig => {
  const collection = FACTORIES[key](options)
  return { ...collection, fields: retargetUsers(collection.fields, options.usersCollection) }
}
