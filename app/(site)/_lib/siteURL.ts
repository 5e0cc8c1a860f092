import config from '@payload-config'

import { absoluteURL, siteURLOf } from 'newsroom/site'

/** The site's origin: the plugin's `siteURL` option, read from the built config (no database needed). */
export const getSiteURL = async (): Promise<string> => siteURLOf({ config: await config })

/** `/articles/x` → `https://news.example.cn/articles/x`, for metadata and routes. */
export const siteLink = async (path: string): Promise<string> => absoluteURL(await getSiteURL(), path)
