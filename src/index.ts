import type { CollectionConfig, Config } from 'payload'

import { Articles } from '../collections/Articles'
import { Audit } from '../collections/Audit'
import { Comments } from '../collections/Comments'
import { Delegates } from '../collections/Delegates'
import { Imports } from '../collections/Imports'
import { mediaCollection } from '../collections/Media'
import { Reporters } from '../collections/Reporters'
import { Statements } from '../collections/Statements'
import { Users } from '../collections/Users'
import { addDeskAdmin, addDeskTranslations } from './admin/addDeskAdmin'
import { applyOverride } from './applyOverride'
import { sanitizeConfig } from './sanitizeConfig'
import { secureConfig } from './security/secureConfig'
import type { CollectionKey, NewsroomPluginConfig } from './types'

export type { NewsroomPluginConfig, SanitizedNewsroomPluginConfig } from './types'

/**
 * The Newsroom plugin: collections, access rules and workflow for a newspaper desk.
 *
 *   plugins: [newsroomPlugin({ siteURL: 'https://news.example.cn' })]
 */
export const newsroomPlugin =
  (options: NewsroomPluginConfig = {}) =>
  (incoming: Config): Config => {
    const pluginConfig = sanitizeConfig(options)
    const ours: Record<CollectionKey, CollectionConfig> = {
      articles: Articles,
      statements: Statements,
      delegates: Delegates,
      reporters: Reporters,
      media: mediaCollection(pluginConfig.mediaDir),
      users: Users,
      audit: Audit,
      comments: Comments,
      imports: Imports,
    }

    // Schema first, so switching the plugin off never changes the database.
    const collections = Object.entries(ours).map(([key, collection]) =>
      applyOverride(collection, pluginConfig.collections[key as CollectionKey]),
    )
    const ourSlugs = new Set(collections.map((collection) => collection.slug))
    const config: Config = {
      ...incoming,
      collections: [...(incoming.collections ?? []).filter((c) => !ourSlugs.has(c.slug)), ...collections],
      admin: { ...incoming.admin, user: incoming.admin?.user ?? Users.slug },
      // The desk's words: the collections' own admin screens use them, on or off.
      i18n: addDeskTranslations(incoming),
    }

    // Switched off: same schema and the same access rules (never a leak), but none of the
    // plugin's behaviour: no collection hooks, no endpoints, no job runner.
    if (pluginConfig.disabled) {
      config.collections = config.collections!.map((c) => (ourSlugs.has(c.slug) ? { ...c, hooks: {}, endpoints: [] } : c))
      return secureConfig(config)
    }

    config.admin = addDeskAdmin(config, pluginConfig)

    // Scheduled publishing runs on Payload's jobs queue, worked by this process (jobsCron, every minute).
    config.jobs = {
      ...incoming.jobs,
      autoRun: incoming.jobs?.autoRun ?? [{ cron: pluginConfig.jobsCron, queue: 'default', limit: 20 }],
      shouldAutoRun: incoming.jobs?.shouldAutoRun ?? (() => pluginConfig.runJobs),
    }
    return secureConfig(config)
  }
