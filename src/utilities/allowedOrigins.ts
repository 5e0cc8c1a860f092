// The origins whose browser requests may carry the login cookie (Payload `csrf`) and read
// answers across origins (Payload `cors`).
//
//   development, PORT=3121           → http://localhost:3121, http://127.0.0.1:3121, http://192.168.1.5:3121 …
//   production, NEWSROOM_SITE_URL=https://news.example.cn,
//     NEWSROOM_ALLOWED_ORIGINS=https://admin.example.cn → https://news.example.cn, https://admin.example.cn
//   production, NEWSROOM_SITE_URL unset → OriginSettingsError (says what to set, in Chinese and English)

import os from 'node:os'

export type OriginSettings = {
  NODE_ENV?: string
  /** Set by `next build`: the config is loaded to build pages, not to serve them. */
  NEXT_PHASE?: string
  /** The port `next dev` / `next start` listens on (Next sets it for its workers). */
  PORT?: string
  NEWSROOM_SITE_URL?: string
  /** More origins, separated by commas or spaces: an admin host, a staging address. */
  NEWSROOM_ALLOWED_ORIGINS?: string
}

/** The addresses this machine answers on: `os.networkInterfaces()`, flattened. */
export type LocalAddresses = { address: string; family: string | number }[]

export class OriginSettingsError extends Error {
  override name = 'OriginSettingsError'
}

const MISSING =
  '生产环境必须设置 NEWSROOM_SITE_URL（网站的公开地址，如 https://news.example.cn）；' +
  '从其他地址打开后台时，把这些地址加到 NEWSROOM_ALLOWED_ORIGINS（逗号分隔）。' +
  ' (NEWSROOM_SITE_URL is required in production: set it to the public origin, e.g. https://news.example.cn;' +
  ' list any other address the admin is opened at in NEWSROOM_ALLOWED_ORIGINS, comma-separated.)'

const invalid = (name: string, value: string) =>
  new OriginSettingsError(
    `${name} 中的“${value}”不是网址：请写成 https://news.example.cn 这样的形式。` +
      ` (${name}: "${value}" is not a URL; write it like https://news.example.cn)`,
  )

function originOf(name: string, value: string): string {
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(url.protocol)
    return url.origin
  } catch {
    throw invalid(name, value)
  }
}

const listed = (value: string | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean)

const localAddresses = (): LocalAddresses => Object.values(os.networkInterfaces()).flatMap((entries) => entries ?? [])

/** Every address `next dev` may be opened at on this machine: loopback, host name, each interface. */
function developmentOrigins(port: string, addresses: LocalAddresses, hostname: string): string[] {
  const hosts = ['localhost', '127.0.0.1', '[::1]', hostname]
  for (const { address, family } of addresses) {
    const v6 = family === 'IPv6' || family === 6
    // Link-local IPv6 needs a zone id, which no browser puts in an Origin.
    if (v6 && address.toLowerCase().startsWith('fe80:')) continue
    hosts.push(v6 ? `[${address}]` : address)
  }
  return hosts.filter(Boolean).map((host) => `http://${host}:${port}`)
}

/** The allowed origins for these settings; throws `OriginSettingsError` when production lacks them. */
export function allowedOrigins(
  env: OriginSettings,
  addresses: LocalAddresses = localAddresses(),
  hostname: string = os.hostname(),
): string[] {
  const production = env.NODE_ENV === 'production'
  const building = env.NEXT_PHASE === 'phase-production-build'
  const origins: string[] = []
  if (env.NEWSROOM_SITE_URL) origins.push(originOf('NEWSROOM_SITE_URL', env.NEWSROOM_SITE_URL))
  else if (production && !building) throw new OriginSettingsError(MISSING)
  for (const value of listed(env.NEWSROOM_ALLOWED_ORIGINS)) origins.push(originOf('NEWSROOM_ALLOWED_ORIGINS', value))
  if (!production) origins.push(...developmentOrigins(env.PORT || '3000', addresses, hostname))
  return [...new Set(origins)]
}
