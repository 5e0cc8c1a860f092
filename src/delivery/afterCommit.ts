import type { PayloadRequest } from 'payload'

/**
 * Runs `callback` once the request's transaction has committed (never if it rolls back), or
 * now when there is none. A cache revalidated before the commit could be refilled from the old
 * rows by a reader (tests/int/renderRace.int.spec.ts).
 *
 * Not on Payload's public helpers alone, and why: Payload has no after-commit hook, and a REST
 * or admin save commits inside Payload's own operation (after afterChange and afterOperation
 * have run), where no code of ours runs after `commitTransaction`. Our own endpoint could run
 * the work after its commitTransaction, but the publish buttons save through Payload's REST.
 * So this chains onto the adapter's session for the transaction (`{ db, resolve, reject }` in
 * `sessions`, which Payload's BaseDatabaseAdapter declares as its public store of open
 * transactions; no cast): its `resolve` is what commitTransaction ends in.
 */
export const afterCommit = async (req: PayloadRequest, callback: () => void | Promise<void>): Promise<void> => {
  const id = await req.transactionID
  const session = id === undefined || id === null ? undefined : req.payload.db.sessions?.[String(id)]
  if (!session) return callback()
  const commit = session.resolve
  session.resolve = async () => {
    await commit()
    // Awaited: the edge purge's first attempt is done before the publish's response leaves.
    await callback()
  }
}
