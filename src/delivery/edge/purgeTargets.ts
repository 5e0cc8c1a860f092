/**
 * The Varnish hosts (or CDN purge endpoints speaking the same `PURGE` + `xkey-purge`) that a
 * publish purges: VARNISH_PURGE_URLS, comma or space separated. None set: no purge, the app
 * runs alone as it always has.
 */
export const purgeTargets = (setting = process.env.VARNISH_PURGE_URLS ?? ''): string[] =>
  setting
    .split(/[\s,]+/)
    .map((url) => url.trim())
    .filter(Boolean)
