/**
 * Whether this process works the jobs queue (scheduled publishing). With several app servers
 * one worker does it (`NEWSROOM_ROLE=worker`, `npm run jobs:worker`) and the web servers only
 * serve (`NEWSROOM_ROLE=web`); alone, the app does both (`all`, the default).
 * NEWSROOM_RUN_JOBS=0|1, the older switch, still decides when set.
 */
export const jobsRunHere = (env: Record<string, string | undefined> = process.env): boolean =>
  env.NEWSROOM_RUN_JOBS ? env.NEWSROOM_RUN_JOBS !== '0' : env.NEWSROOM_ROLE !== 'web'
