import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

type TransactionDB = Parameters<PayloadRequest['payload']['db']['execute']>[0]['db']

/**
 * Takes the import's row lock inside the request's transaction, so two commits of one
 * import at the same moment run one after the other and the second finds it committed.
 *
 * Payload's public transaction helpers (initTransaction/commitTransaction/killTransaction,
 * used by commitImport) begin and end the transaction but offer no way to run SQL inside it,
 * and no Local API call takes a row lock without writing. So the statement runs on the
 * transaction the adapter keeps for `req.transactionID`: `sessions`, which Payload's
 * BaseDatabaseAdapter declares as its public store of open transactions (no cast to reach it).
 */
export async function lockImport(req: PayloadRequest, id: number): Promise<void> {
  const transactionID = await req.transactionID
  const session = transactionID === undefined ? undefined : req.payload.db.sessions?.[String(transactionID)]
  // The adapter's own `execute` runs on the transaction's `db` when given one, else on the pool.
  // (Payload declares a session's db as unknown; the Postgres adapter's is its Drizzle transaction.)
  await req.payload.db.execute({ db: session?.db as TransactionDB, drizzle: req.payload.db.drizzle, sql: sql`SELECT id FROM imports WHERE id = ${id} FOR UPDATE` })
}
