import { sharedRevalidationsSettled } from '../sharedTagsBridge'
import { sendPurge } from './sendPurge'

type Logger = { info: (o: object) => void; warn: (o: object) => void; error: (o: object) => void }
/** Keeps a failed purge somewhere that outlives this process (a jobs-table row, purgeEdgeTask); false if it could not. */
export type RetryLater = (target: string, keys: string[]) => Promise<boolean>

/** In-process backoff (no jobs queue to hand the purge to): 1 s, 2 s, 4 s … about 17 minutes in all. */
const RETRY_DELAYS_MS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512].map((s) => s * 1000)
/**
 * A reader whose request reached the app before the commit may have its old page stored by the
 * edge just after the purge. The purge is sent again once such a render is surely done.
 */
const REPEAT_AFTER_MS = 5_000

const retry = (target: string, keys: string[], logger: Logger, attempt: number) => {
  const delay = RETRY_DELAYS_MS[attempt]
  if (delay === undefined) {
    // Logged with everything needed to purge by hand; the keys' TTL bounds the staleness meanwhile.
    logger.error({ msg: '边缘缓存清除失败，已放弃 (edge purge failed, giving up)', target, keys, attempts: attempt + 1 })
    return
  }
  logger.warn({ msg: '边缘缓存清除失败，稍后重试 (edge purge failed, retrying)', target, keys, attempt: attempt + 1, retryInMs: delay })
  setTimeout(() => {
    void sendPurge(target, keys).then((ok) => {
      if (ok) logger.info({ msg: 'edge purge succeeded on retry', target, attempt: attempt + 2 })
      else retry(target, keys, logger, attempt + 1)
    })
  }, delay).unref()
}

/** A failed purge: handed to the jobs queue when there is one (it survives a crash), else retried here. */
const keepTrying = async (target: string, keys: string[], logger: Logger, retryLater?: RetryLater) => {
  if (retryLater && (await retryLater(target, keys))) {
    logger.warn({ msg: '边缘缓存清除失败，已排入任务队列重试 (edge purge failed, queued as a job)', target, keys })
    return
  }
  retry(target, keys, logger, 0)
}

/**
 * Purges `keys` on every edge host of the plugin's `purgeURLs` once the publish has committed.
 * Resolves after the first attempt on each host, so the publish's response leaves only once
 * the edge has dropped the old copies. A host that failed is retried, every failure logged:
 * through `retryLater` (the jobs queue, purgeEdgeTask) when given, so a crash of this server
 * loses nothing, otherwise in the background of this process with backoff. The purge is
 * repeated once a few seconds later for renders that were under way during the commit.
 */
export const purgeEdge = async (keys: Iterable<string>, logger: Logger, targets: readonly string[], retryLater?: RetryLater): Promise<void> => {
  const unique = [...new Set(keys)]
  // The other app servers learn of the revalidation (Redis) before the edge asks them again.
  await sharedRevalidationsSettled()
  if (!targets.length || !unique.length) return
  await Promise.all(
    targets.map(async (target) => {
      if (!(await sendPurge(target, unique))) await keepTrying(target, unique, logger, retryLater)
    }),
  )
  setTimeout(() => {
    for (const target of targets) void sendPurge(target, unique).then((ok) => (ok ? undefined : keepTrying(target, unique, logger, retryLater)))
  }, REPEAT_AFTER_MS).unref()
}
