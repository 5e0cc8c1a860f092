import type { Config } from 'payload'

import type { SanitizedNewsroomPluginConfig } from './types'

// Payload's documented extension point for plugin data. Server-only: the admin's client config
// leaves `custom` out (payload/dist/config/client.js), so the cron secret never reaches a browser.
const KEY = 'newsroom'

/** The host's config with the plugin's sanitised options kept in it, for code that runs later. */
export const withPluginOptions = (config: Config, options: SanitizedNewsroomPluginConfig): Config => ({
  ...config,
  custom: { ...config.custom, [KEY]: options },
})

const isSanitizedOptions = (value: unknown): value is SanitizedNewsroomPluginConfig =>
  typeof value === 'object' && value !== null && 'siteURL' in value && typeof value.siteURL === 'string' && 'purgeURLs' in value && Array.isArray(value.purgeURLs)

/**
 * The options the plugin was installed with, from a running Payload's config
 * (`req.payload.config`, `payload.config`): the one place hooks, endpoints and site code read them.
 */
export const pluginOptionsOf = (config: Pick<Config, 'custom'>): SanitizedNewsroomPluginConfig => {
  const options: unknown = config.custom?.[KEY]
  if (!isSanitizedOptions(options)) throw new Error('Newsroom: this Payload config has no newsroomPlugin({...}) in its plugins')
  return options
}
