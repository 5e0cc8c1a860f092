import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<unknown> }
type Sessions = { sessions?: Record<string, { db: Executor }>; drizzle: Executor }

/**
 * Takes the import's row lock inside the request's transaction, so two commits of one
 * import at the same moment run one after the other and the second finds it committed.
 */
export async function lockImport(req: PayloadRequest, id: number): Promise<void> {
  const adapter = req.payload.db as unknown as Sessions
  const transactionID = await req.transactionID
  const db = (transactionID !== undefined && adapter.sessions?.[String(transactionID)]?.db) || adapter.drizzle
  await db.execute(sql`SELECT id FROM imports WHERE id = ${id} FOR UPDATE`)
}
