import { articleToNinjs, findArticleBySlug, findArticleStatements, siteURLOf } from 'newsroom/site'
import { getSitePayload } from '../../../_lib/sitePayload'

export const dynamic = 'force-dynamic'

const NINJS = 'application/json; charset=utf-8'

/** A published article as IPTC ninjs 2.1, its statements as associations, for syndication partners. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const payload = await getSitePayload()
  const article = await findArticleBySlug(payload, decodeURIComponent((await params).slug))
  if (!article) return Response.json({ error: 'not found' }, { status: 404 })
  const statements = await findArticleStatements(payload, article.id)
  return new Response(JSON.stringify(articleToNinjs(article, statements, siteURLOf(payload))), { headers: { 'content-type': NINJS } })
}
