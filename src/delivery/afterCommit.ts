import type { PayloadRequest } from 'payload'

type Session = { resolve: () => Promise<unknown>; reject: () => Promise<unknown> }

/**
 * Runs `callback` once the request's transaction has committed (never if it rolls back), or
 * now when there is none. Payload has no after-commit hook: this wraps the SQL adapter's
 * session `resolve` (@payloadcms/drizzle keeps `{ db, resolve, reject }` per transaction id).
 * A cache revalidated before the commit could be refilled from the old rows by a reader.
 */
export const afterCommit = async (req: PayloadRequest, callback: () => void): Promise<void> => {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const sessions = (req.payload.db as unknown as { sessions?: Record<string, Session> }).sessions
  const session = id !== undefined ? sessions?.[String(id)] : undefined
  if (!session) return callback()
  const commit = session.resolve
  session.resolve = async () => {
    const result = await commit()
    callback()
    return result
  }
}
