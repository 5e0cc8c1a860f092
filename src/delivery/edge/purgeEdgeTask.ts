import type { Payload, TaskConfig } from 'payload'

import { sendPurge } from './sendPurge'

export const PURGE_EDGE_TASK = 'newsroomPurgeEdge' as const

type Input = { target: string; keys: string[] }

/** Attempts after the first (made in the publish itself): 1 s, 2 s, 4 s … apart, bounded below by the jobs cron. */
const ATTEMPTS = 10

/** One attempt of a queued purge: throws while the host refuses, so Payload retries it. */
export const runPurgeJob = async ({ target, keys }: Input): Promise<{ output: object }> => {
  if (!(await sendPurge(target, keys))) throw new Error(`edge purge of ${keys.length} keys at ${target} failed`)
  return { output: {} }
}

/**
 * A purge that failed, kept in Payload's jobs table until a host confirms it: it survives a
 * crash or a restart of the server that published (in-process timers would not), and is worked
 * by whichever process runs the jobs queue (NEWSROOM_ROLE). Each failed attempt throws, so
 * Payload retries it with backoff and logs it; after the last attempt the job stays in the
 * table, failed, with its keys and the error: that is the record to purge by hand from.
 */
export const purgeEdgeTask: TaskConfig<{ input: Input; output: object }> = {
  slug: PURGE_EDGE_TASK,
  label: '清除边缘缓存 (purge the edge cache)',
  inputSchema: [
    { name: 'target', type: 'text', required: true },
    { name: 'keys', type: 'json', required: true },
  ],
  retries: { attempts: ATTEMPTS, backoff: { type: 'exponential', delay: 1000 } },
  handler: ({ input }) => runPurgeJob(input),
}

/** Queues a failed purge as a job; resolves false when it could not be queued (the caller then retries in process). */
export const queuePurgeRetry =
  (payload: Payload) =>
  async (target: string, keys: string[]): Promise<boolean> => {
    try {
      await payload.jobs.queue({ task: PURGE_EDGE_TASK, input: { target, keys }, queue: 'default' })
      return true
    } catch (error) {
      payload.logger.error({ err: error, msg: 'newsroom: a failed edge purge could not be queued as a job; retrying in process', target, keys })
      return false
    }
  }
