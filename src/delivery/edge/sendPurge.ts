/** One attempt's limit: a dead cache must not hold a publish for long. */
const ATTEMPT_TIMEOUT_MS = 2_000

/** Sends one purge of `keys` to one host (`PURGE` + `xkey-purge`); resolves true when the host confirmed it. */
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
