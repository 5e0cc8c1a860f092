// The desk's publishing steps over REST, and how a publish ended as seen in SQL and by a
// reader: shared by the suites that interrupt a publish (server killed, Postgres restarted).
import type { Payload } from 'payload'

import { createStaff } from '../helpers/staff'
import { query } from '../helpers/testDatabase'
import { explain, isReply, json, logIn, send, type Outcome, type Staff } from './http'
import type { Roundup } from './roundup'

export type Article = { id: number; slug: string; statements: number }
export type PublishOutcome = 'completed' | 'rolled back' | 'partial'
export type PublishState = { stage: string; status: string; statements: Record<string, number>; publishAudits: number }

/** How many statements an article page shows (each is an `<article class="statement">`). */
export const statementsOnPage = (page: Outcome): number => (isReply(page) ? (page.text.match(/class="statement"/g) ?? []).length : 0)

/** Throws unless the request answered `status` (setup steps, not the faults under test). */
export function expectStatus(outcome: Outcome, status: number, what: string): Outcome {
  if (outcome.status !== status) throw new Error(`${what} answered ${explain(outcome)}${isReply(outcome) ? `: ${outcome.text.slice(0, 300)}` : ''}`)
  return outcome
}

type Options = {
  databaseUrl: string
  /** The current server's URL (a restarted server has a new port). */
  baseUrl: () => string
  reporter: Staff
  editor: Staff
  newRoundup: (speakers: number) => Roundup
}

export function desk({ databaseUrl, baseUrl, reporter, editor, newRoundup }: Options) {
  /** As the desk does it: the reporter pastes and commits, the editor approves every statement, then the article. */
  const approvedArticle = async (statements: number): Promise<Article> => {
    const created = expectStatus(await reporter.api('POST', '/imports', { rawText: newRoundup(statements).text }), 201, 'creating an import')
    const importId = json<{ doc: { id: number } }>(created)!.doc.id
    const committed = expectStatus(await reporter.api('POST', `/imports/${importId}/commit`), 200, 'committing the import')
    const id = json<{ article: number }>(committed)!.article
    const approved = expectStatus(
      await editor.api('PATCH', `/statements?where[article][equals]=${id}&limit=0&depth=0&select[stage]=true`, { stage: 'approved' }),
      200,
      'approving the statements',
    )
    const { docs, errors } = json<{ docs: unknown[]; errors: unknown[] }>(approved)!
    if (docs.length !== statements || errors.length) throw new Error(`approving the statements: ${docs.length} approved, errors ${JSON.stringify(errors)}`)
    expectStatus(await editor.api('PATCH', `/articles/${id}?depth=0`, { stage: 'approved' }), 200, 'approving the article')
    const [row] = await query<{ slug: string }>(databaseUrl, `SELECT slug FROM articles WHERE id = $1`, [id])
    return { id, slug: row!.slug, statements }
  }

  /** The editor's publish: the article moves to `published`, its approved statements with it. */
  const publish = (article: Article) => editor.api('PATCH', `/articles/${article.id}?depth=0`, { stage: 'published' })

  /** In SQL: the article's stage, its statements by stage/_status, and the `publish` audit rows of all of them. */
  const stateOf = async (article: Article): Promise<PublishState> => {
    const [row] = await query<{ stage: string; status: string }>(databaseUrl, `SELECT stage::text, _status::text AS status FROM articles WHERE id = $1`, [article.id])
    const byStage = await query<{ key: string; n: number }>(
      databaseUrl,
      `SELECT stage::text || '/' || _status::text AS key, count(*)::int AS n FROM statements WHERE article_id = $1 GROUP BY 1`,
      [article.id],
    )
    const [audits] = await query<{ n: number }>(
      databaseUrl,
      `SELECT count(*)::int AS n FROM audit WHERE action = 'publish' AND (
         (collection_slug = 'articles' AND document_id = $2) OR
         (collection_slug = 'statements' AND document_id IN (SELECT id::text FROM statements WHERE article_id = $1)))`,
      [article.id, String(article.id)],
    )
    return { stage: row!.stage, status: row!.status, statements: Object.fromEntries(byStage.map((r) => [r.key, r.n])), publishAudits: audits!.n }
  }

  /**
   * Completed: the article and every statement published, each with its `publish` audit row.
   * Rolled back: all still approved drafts, no `publish` audit row. Anything else is partial.
   */
  const outcomeOf = (article: Article, state: PublishState): PublishOutcome => {
    const all = (key: string) => JSON.stringify(state.statements) === JSON.stringify({ [key]: article.statements })
    if (state.stage === 'published' && state.status === 'published' && all('published/published') && state.publishAudits === article.statements + 1) return 'completed'
    if (state.stage === 'approved' && state.status === 'draft' && all('approved/draft') && state.publishAudits === 0) return 'rolled back'
    return 'partial'
  }

  /** What a reader gets (the article's page, the public REST API) against the outcome in SQL; the problems found. */
  const publicView = async (article: Article, outcome: Exclude<PublishOutcome, 'partial'>): Promise<string[]> => {
    const problems: string[] = []
    const [page, rest, list] = await Promise.all([
      send(`${baseUrl()}/articles/${article.slug}`),
      send(`${baseUrl()}/api/articles/${article.id}?depth=0`),
      send(`${baseUrl()}/api/statements?where[article][equals]=${article.id}&limit=1&depth=0`),
    ])
    const entries = statementsOnPage(page)
    const cache = isReply(page) ? ` (x-nextjs-cache: ${page.headers.get('x-nextjs-cache') ?? 'none'})` : ''
    const listed = json<{ totalDocs?: number }>(list)?.totalDocs
    if (outcome === 'completed') {
      if (page.status !== 200 || entries !== article.statements) {
        problems.push(`article page /articles/${article.slug}: ${explain(page)}${cache} with ${entries} of ${article.statements} statements, while SQL says published`)
      }
      if (rest.status !== 200 || json<{ _status?: string }>(rest)?._status !== 'published') problems.push(`REST article: ${explain(rest)}`)
      if (listed !== article.statements) problems.push(`REST statements: ${explain(list)}, totalDocs ${listed}`)
    } else {
      if (page.status !== 404) problems.push(`article page of an unpublished article: ${explain(page)}${cache} with ${entries} statements`)
      if (rest.status !== 404 && rest.status !== 403) problems.push(`REST article not published: ${explain(rest)}`)
      if (listed !== 0) problems.push(`REST statements of an unpublished article: ${explain(list)}, totalDocs ${listed}`)
    }
    return problems
  }

  return { approvedArticle, publish, stateOf, outcomeOf, publicView }
}

/** The desk's three roles in this file's database (the first account, the admin, first). */
export async function createDeskStaff(payload: Payload): Promise<void> {
  for (const role of ['admin', 'editor', 'reporter'] as const) await createStaff(payload, role)
}

/** The reporter and the editor, logged in on the server at `baseUrl`. */
export const logInDesk = async (baseUrl: () => string) => ({
  reporter: await logIn(baseUrl, 'reporter@example.com'),
  editor: await logIn(baseUrl, 'editor@example.com'),
})
