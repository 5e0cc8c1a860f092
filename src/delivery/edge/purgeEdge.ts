import { sharedRevalidationsSettled } from '../sharedTagsBridge'

type Logger = { info: (o: object) => void; warn: (o: object) => void; error: (o: object) => void }

/** One attempt's limit: a dead cache must not hold a publish for long. */
const ATTEMPT_TIMEOUT_MS = 2_000
/** Backoff between retries of a host that failed: 1 s, 2 s, 4 s … about 17 minutes in all. */
const RETRY_DELAYS_MS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512].map((s) => s * 1000)
/**
 * A reader whose request reached the app before the commit may have its old page stored by the
 * edge just after the purge. The purge is sent again once such a render is surely done.
 */
const REPEAT_AFTER_MS = 5_000

/** Sends one purge of `keys` to one host; resolves true when the host confirmed it. */
export const sendPurge = async (target: string, keys: string[]): Promise<boolean> => {
  try {
    const response = await fetch(target, {
      method: 'PURGE',
      headers: { 'xkey-purge': keys.join(' ') },
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    })
    await response.arrayBuffer()
    return response.ok
  } catch {
    return false
  }
}

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

/**
 * Purges `keys` on every edge host of the plugin's `purgeURLs` once the publish has committed.
 * Resolves after the first attempt on each host, so the publish's response leaves only once
 * the edge has dropped the old copies; a host that failed is retried in the background with
 * backoff, every failure logged. The purge is repeated once a few seconds later for renders
 * that were under way during the commit.
 */
export const purgeEdge = async (keys: Iterable<string>, logger: Logger, targets: readonly string[]): Promise<void> => {
  const unique = [...new Set(keys)]
  // The other app servers learn of the revalidation (Redis) before the edge asks them again.
  await sharedRevalidationsSettled()
  if (!targets.length || !unique.length) return
  await Promise.all(
    targets.map(async (target) => {
      if (!(await sendPurge(target, unique))) retry(target, unique, logger, 0)
    }),
  )
  setTimeout(() => {
    for (const target of targets) void sendPurge(target, unique).then((ok) => ok || retry(target, unique, logger, 0))
  }, REPEAT_AFTER_MS).unref()
}
