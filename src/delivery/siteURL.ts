import type { Config } from 'payload'

import { pluginOptionsOf } from '../pluginOptions'

/** The public site's origin, without a trailing slash: the plugin's `siteURL` option. */
export const siteURLOf = (payload: { config: Pick<Config, 'custom'> }): string => pluginOptionsOf(payload.config).siteURL

/** (`https://news.example.cn`, `/articles/x`) → `https://news.example.cn/articles/x`. */
export const absoluteURL = (siteURL: string, path: string): string => `${siteURL}${path.startsWith('/') ? path : `/${path}`}`

export const SITE_NAME = '新闻编辑部'
export const SITE_DESCRIPTION = '省报新闻：代表委员谈发展'
