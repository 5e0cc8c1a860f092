import type { Config } from 'payload'

import { Users } from '../collections/Users'
import { applyOverride } from './applyOverride'
import { sanitizeConfig } from './sanitizeConfig'
import type { NewsroomPluginConfig } from './types'

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
    const { collections } = pluginConfig

    // Schema first, so switching the plugin off never changes the database.
    const ours = [applyOverride(Users, collections.users)]
    const ourSlugs = new Set(ours.map((collection) => collection.slug))
    const config: Config = {
      ...incoming,
      collections: [...(incoming.collections ?? []).filter((c) => !ourSlugs.has(c.slug)), ...ours],
      admin: {
        ...incoming.admin,
        user: incoming.admin?.user ?? Users.slug,
      },
    }

    if (pluginConfig.disabled) return config

    return config
  }
