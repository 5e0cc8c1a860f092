import type { Config } from 'payload'

import type { SanitizedNewsroomPluginConfig } from '../types'
import { deskTranslations } from './translations'

const CLIENT = 'newsroom/client'

/** The desk's words in every admin language the host offers (a host's own keys win). */
export function addDeskTranslations(config: Config): Config['i18n'] {
  const translations: Record<string, object> = { ...config.i18n?.translations }
  for (const [language, words] of Object.entries(deskTranslations)) {
    // cast: a host's translations are untyped records; we only read our own namespace
    const host = (translations[language] ?? {}) as { newsroom?: object }
    translations[language] = { ...host, newsroom: { ...words.newsroom, ...host.newsroom } }
  }
  return { ...config.i18n, translations }
}

/** The paper's brand (where the host has none), the desk's links on the dashboard, the notification bell, its date format. */
export function addDeskAdmin(config: Config, options: SanitizedNewsroomPluginConfig): Config['admin'] {
  const admin = config.admin ?? {}
  const components = admin.components ?? {}
  return {
    ...admin,
    dateFormat: admin.dateFormat ?? options.dateFormat,
    components: {
      ...components,
      graphics: {
        Logo: components.graphics?.Logo ?? `${CLIENT}#DeskLogo`,
        Icon: components.graphics?.Icon ?? `${CLIENT}#DeskIcon`,
      },
      beforeLogin: [...(components.beforeLogin ?? []), `${CLIENT}#BeforeLogin`],
      beforeDashboard: [`${CLIENT}#DeskLinks`, `${CLIENT}#DeskHome`, ...(components.beforeDashboard ?? [])],
      afterNavLinks: [...(components.afterNavLinks ?? []), `${CLIENT}#DeskNavCounts`],
      // The notification bell, in the header beside the account.
      actions: [...(components.actions ?? []), `${CLIENT}#NotificationBell`],
    },
  }
}
