import type { Config } from 'payload'

import { addDeskAdmin, addDeskTranslations } from './admin/addDeskAdmin'
import { applyOverride } from './applyOverride'
import { purgeEdgeTask } from './delivery/edge/purgeEdgeTask'
import { mergeCollection } from './merge/mergeCollection'
import { withoutBehaviour } from './merge/withoutBehaviour'
import { newsroomCollection } from './newsroomCollections'
import { withPluginOptions } from './pluginOptions'
import { sanitizeConfig } from './sanitizeConfig'
import { secureConfig } from './security/secureConfig'
import { COLLECTION_KEYS, type NewsroomPluginConfig } from './types'

export { newsroomOptionsFromEnv } from './optionsFromEnv'
export { pluginOptionsOf } from './pluginOptions'
export type { CollectionOverride, NewsroomPluginConfig, SanitizedNewsroomPluginConfig } from './types'

/**
 * The Newsroom plugin: collections, access rules and workflow for a newspaper desk.
 *
 *   plugins: [newsroomPlugin({ siteURL: 'https://news.example.cn' })]
 *
 * It merges, never replaces: a host collection with one of our slugs (and the host's auth
 * collection, `usersCollection`) keeps its own fields, hooks and access and gains ours
 * (src/merge/mergeCollection.ts says how).
 */
export const newsroomPlugin =
  (options: NewsroomPluginConfig = {}) =>
  (incoming: Config): Config => {
    const pluginConfig = sanitizeConfig(options)
    const hostCollections = incoming.collections ?? []
    const hostSlugs = new Set(hostCollections.map((collection) => collection.slug))

    // Schema first, so switching the plugin off never changes the database.
    const merged = new Map(
      COLLECTION_KEYS.map((key) => {
        const ours = newsroomCollection(key, pluginConfig)
        const overridden = applyOverride(ours, pluginConfig.collections[key])
        const collection = mergeCollection(
          hostCollections.find((host) => host.slug === overridden.slug),
          overridden,
        )
        // Switched off: same schema and access (never a leak), none of our hooks or endpoints.
        return [collection.slug, pluginConfig.disabled ? withoutBehaviour(collection, ours) : collection]
      }),
    )
    // The options ride in the config (Payload's `custom`) for hooks, endpoints and site code to read.
    const config: Config = {
      ...withPluginOptions(incoming, pluginConfig),
      collections: [
        ...hostCollections.map((collection) => merged.get(collection.slug) ?? collection),
        ...[...merged.values()].filter((collection) => !hostSlugs.has(collection.slug)),
      ],
      admin: { ...incoming.admin, user: incoming.admin?.user ?? pluginConfig.usersCollection },
      // The desk's words: the collections' own admin screens use them, on or off.
      i18n: addDeskTranslations(incoming),
      // Our task is part of the jobs table's schema (its slug enum), so it is there on or off.
      jobs: { ...incoming.jobs, tasks: [...(incoming.jobs?.tasks ?? []), purgeEdgeTask] },
    }
    // The desk's defences (query guard, throttling, safe links, locks) hold on or off.
    if (pluginConfig.disabled) return secureConfig(config, pluginConfig)

    config.admin = addDeskAdmin(config, pluginConfig)

    // Scheduled publishing runs on Payload's jobs queue, worked by this process (jobsCron, every minute).
    config.jobs = {
      ...config.jobs,
      autoRun: incoming.jobs?.autoRun ?? [{ cron: pluginConfig.jobsCron, queue: 'default', limit: 20 }],
      shouldAutoRun: incoming.jobs?.shouldAutoRun ?? (() => pluginConfig.runJobs),
    }
    return secureConfig(config, pluginConfig)
  }
