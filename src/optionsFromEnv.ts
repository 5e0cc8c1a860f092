import type { NewsroomPluginConfig } from './types'

type Env = Record<string, string | undefined>

/** `a, b c` → [a, b, c]: a list setting, comma or space separated. */
export const listSetting = (setting: string | undefined): string[] =>
  (setting ?? '')
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean)

/**
 * Whether this process works the jobs queue (scheduled publishing). With several app servers
 * one worker does it (`NEWSROOM_ROLE=worker`, `npm run jobs:worker`) and the web servers only
 * serve (`NEWSROOM_ROLE=web`); alone, the app does both (`all`, the default).
 * NEWSROOM_RUN_JOBS=0|1, the older switch, still decides when set.
 */
export const jobsRunHere = (env: Env): boolean => (env.NEWSROOM_RUN_JOBS ? env.NEWSROOM_RUN_JOBS !== '0' : env.NEWSROOM_ROLE !== 'web')

/**
 * The plugin's options from environment variables: the one place the plugin's settings meet
 * `process.env`, called by a host that wants them (this repository's payload.config.ts does):
 *
 *   plugins: [newsroomPlugin({ ...newsroomOptionsFromEnv(), usersCollection: 'staff' })]
 *
 * | variable | option |
 * |---|---|
 * | NEWSROOM_SITE_URL | siteURL |
 * | NEWSROOM_MEDIA_DIR | mediaDir |
 * | NEWSROOM_ROLE (`web`, `worker`, `all`), NEWSROOM_RUN_JOBS (`0`, `1`) | runJobs |
 * | NEWSROOM_JOBS_CRON | jobsCron |
 * | CRON_SECRET | cronSecret |
 * | VARNISH_PURGE_URLS (comma or space separated) | purgeURLs |
 *
 * Unset variables leave their option unset, so sanitizeConfig's default holds.
 */
export const newsroomOptionsFromEnv = (env: Env = process.env): NewsroomPluginConfig => ({
  ...(env.NEWSROOM_SITE_URL ? { siteURL: env.NEWSROOM_SITE_URL } : {}),
  ...(env.NEWSROOM_MEDIA_DIR ? { mediaDir: env.NEWSROOM_MEDIA_DIR } : {}),
  runJobs: jobsRunHere(env),
  ...(env.NEWSROOM_JOBS_CRON ? { jobsCron: env.NEWSROOM_JOBS_CRON } : {}),
  ...(env.CRON_SECRET ? { cronSecret: env.CRON_SECRET } : {}),
  purgeURLs: listSetting(env.VARNISH_PURGE_URLS),
})
