/**
 * `@payloadcms/db-postgres` `readReplicas` from DATABASE_READ_URLS, comma (or space) separated:
 *
 *   DATABASE_READ_URLS=postgres://reader@10.0.0.5/newsroom,postgres://reader@10.0.0.6/newsroom
 *
 * Unset or empty: undefined, and every read stays on the primary (the one-machine default).
 */
export const readReplicasFromEnv = (env: Record<string, string | undefined> = process.env): string[] | undefined => {
  const urls = (env.DATABASE_READ_URLS ?? '')
    .split(/[\s,]+/)
    .map((url) => url.trim())
    .filter(Boolean)
  return urls.length ? urls : undefined
}
