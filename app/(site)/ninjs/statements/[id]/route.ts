import { findStatementById, statementToNinjs } from 'newsroom/site'
import { getSitePayload } from '../../../_lib/sitePayload'

export const dynamic = 'force-dynamic'

/** A published statement as IPTC ninjs 2.1. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id
  const statement = /^\d+$/.test(raw) ? await findStatementById(await getSitePayload(), Number(raw)) : null
  if (!statement) return Response.json({ error: 'not found' }, { status: 404 })
  return new Response(JSON.stringify(statementToNinjs(statement)), { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
