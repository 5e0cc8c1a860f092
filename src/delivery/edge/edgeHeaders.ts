/**
 * What tells a shared cache in front of the app (Varnish: edge/default.vcl, or a CDN with the
 * same rules) that a response may be stored, for how long, and under which surrogate keys.
 * Used by next.config.ts `headers()`. Browsers keep Next's own Cache-Control; the edge reads
 * `Surrogate-Control` and `xkey` and strips them before delivery.
 *
 * Keys: every stored response carries `site` (purged when a person's or a byline's name
 * changes, which shows on many pages); public REST reads carry `rest` too (a publish changes
 * what any list of them returns). The edge adds the response's own path (`/articles/li-ming`),
 * the key a publish purges for each URL src/delivery/affectedPaths.ts finds it changed.
 */
export const SITE_KEY = 'site'
export const REST_KEY = 'rest'

/** Long: a publish purges what it changed; this only bounds the life of a purge that never arrived. */
export const EDGE_TTL_SECONDS = 24 * 60 * 60

/** The collections whose published documents anyone may read through REST. */
export const PUBLIC_REST_COLLECTIONS = ['articles', 'statements', 'delegates', 'reporters'] as const

type HeaderRule = {
  source: string
  headers: { key: string; value: string }[]
  missing: { type: 'cookie' | 'header'; key: string }[]
}

// A staff request (session cookie, preview cookies, API key) is never marked shareable, so an
// edge that forgot its own bypass would still not store what a staff member saw.
const ANONYMOUS_ONLY: HeaderRule['missing'] = [
  { type: 'cookie', key: 'payload-token' },
  { type: 'cookie', key: '__prerender_bypass' },
  { type: 'header', key: 'authorization' },
]

const shareable = (keys: string[]) => [
  { key: 'Surrogate-Control', value: `max-age=${EDGE_TTL_SECONDS}` },
  { key: 'xkey', value: keys.join(' ') },
]

/** next.config.ts `headers()` rules: the public site (pages, feeds, sitemaps, ninjs) and anonymous REST reads. */
export const edgeHeaderRules = (): HeaderRule[] => [
  { source: '/((?!admin|api|_next|preview).*)', headers: shareable([SITE_KEY]), missing: ANONYMOUS_ONLY },
  {
    source: `/api/:collection(${PUBLIC_REST_COLLECTIONS.join('|')})/:rest*`,
    headers: shareable([SITE_KEY, REST_KEY]),
    missing: ANONYMOUS_ONLY,
  },
]
