import { findStatementById, parseId, siteURLOf, statementToNinjs } from 'newsroom/site'
import { getSitePayload } from '../../../_lib/sitePayload'

export const dynamic = 'force-dynamic'

/** A published statement as IPTC ninjs 2.1. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id)
  const payload = await getSitePayload()
  const statement = id === null ? null : await findStatementById(payload, id)
  if (!statement) return Response.json({ error: 'not found' }, { status: 404 })
  return new Response(JSON.stringify(statementToNinjs(statement, siteURLOf(payload))), { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
