// The invariants every fault round ends with, checked straight in SQL (not through the app
// whose crash is under test). Each check returns human-readable violations; none is expected.
//
// The fault suites make every article, statement, delegate and reporter through an import
// commit, so "nothing half-written" can be said of the whole database:
//
// - No statement without its article: every statement's article_id names an existing
//   article, and a published statement's article is published too (the suites never publish
//   a statement alone; a reader must never find a statement whose article is not public).
// - No import half-committed: an import is `committed` with its article and exactly one
//   statement per entry of its split (all in that article, provenance naming the import), or
//   it is not committed and has no article and no statement naming it. Nothing a commit
//   writes exists without the rest of it: every article belongs to a committed import, every
//   delegate speaks in some statement, every reporter signs some byline.
// - No audit row lost (collections/Audit, src/workflow/recordAuditAfterChange.ts): every
//   save of an article or statement (create or update, never an autosave here) writes one
//   audit row `{collectionSlug, documentId, action, fromStage, toStage}` and Payload writes
//   one version row (`_articles_v`, `_statements_v`), both in the save's transaction. So, per
//   document: its audit trail (rows by id) starts with its `create` and has no gap (each
//   row's fromStage is the previous row's toStage); the last row's toStage is the document's
//   stage; a published document has the audit row of its move into `published`; there are
//   as many audit rows as version rows (while fewer than maxPerDoc = 50 versions, before
//   Payload prunes them); the latest version agrees with the document's stage and _status;
//   and no audit row names a document that does not exist (a save rolled back left no row).
//   Stage and _status agree: public stages (published, retracted) are exactly `_status`
//   published.
import { query } from '../helpers/testDatabase'

const MAX_VERSIONS = 50
const EXAMPLES = 5

type Check = { name: string; sql: string; describe: (row: Record<string, unknown>) => string }

const DOCS = `
  SELECT 'articles' AS collection, id, stage::text AS stage, _status::text AS status FROM articles
  UNION ALL
  SELECT 'statements', id, stage::text, _status::text FROM statements`

const CHECKS: Check[] = [
  {
    name: 'statement without its article',
    sql: `SELECT s.id, s.article_id FROM statements s LEFT JOIN articles a ON a.id = s.article_id WHERE a.id IS NULL`,
    describe: (r) => `statement #${r.id} has article ${r.article_id ?? 'null'}, which does not exist`,
  },
  {
    name: 'published statement in an unpublished article',
    sql: `SELECT s.id, a.id AS article, a.stage FROM statements s JOIN articles a ON a.id = s.article_id
          WHERE s._status = 'published' AND a._status IS DISTINCT FROM 'published'`,
    describe: (r) => `statement #${r.id} is published but its article #${r.article} is ${r.stage}`,
  },
  {
    name: 'import half-committed',
    sql: `WITH counted AS (
            SELECT i.id, i.status::text AS status, i.article_id, jsonb_array_length(COALESCE(i.split->'entries', '[]'::jsonb)) AS entries,
              EXISTS (SELECT 1 FROM articles a WHERE a.id = i.article_id) AS article_exists,
              (SELECT count(*) FROM statements s WHERE s.provenance_import_id = i.id::text)::int AS by_provenance,
              (SELECT count(*) FROM statements s WHERE s.article_id = i.article_id)::int AS in_article,
              (SELECT count(*) FROM statements s WHERE s.provenance_import_id = i.id::text AND s.article_id IS DISTINCT FROM i.article_id)::int AS elsewhere
            FROM imports i)
          SELECT * FROM counted
          WHERE (status = 'committed' AND (article_id IS NULL OR NOT article_exists OR by_provenance <> entries OR in_article <> entries OR elsewhere > 0))
             OR (status <> 'committed' AND (article_id IS NOT NULL OR by_provenance > 0))`,
    describe: (r) =>
      `import #${r.id} is ${r.status} with article ${r.article_id ?? 'null'}${r.article_id && !r.article_exists ? ' (missing)' : ''}, ` +
      `${r.entries} entries, ${r.by_provenance} statements naming it, ${r.in_article} in its article, ${r.elsewhere} elsewhere`,
  },
  {
    name: 'article of no committed import',
    sql: `SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM imports i WHERE i.article_id = a.id AND i.status = 'committed')`,
    describe: (r) => `article #${r.id} belongs to no committed import`,
  },
  {
    name: 'delegate left by a commit',
    sql: `SELECT d.id, d.name FROM delegates d WHERE NOT EXISTS (SELECT 1 FROM statements s WHERE s.speaker_id = d.id)`,
    describe: (r) => `delegate #${r.id} (${r.name}) speaks in no statement`,
  },
  {
    name: 'reporter left by a commit',
    sql: `SELECT r.id, r.name FROM reporters r
          WHERE NOT EXISTS (SELECT 1 FROM statements_bylines b WHERE b.reporter_id = r.id)
            AND NOT EXISTS (SELECT 1 FROM articles_bylines b WHERE b.reporter_id = r.id)`,
    describe: (r) => `reporter #${r.id} (${r.name}) signs no byline`,
  },
  {
    name: 'stage and _status disagree',
    sql: `SELECT * FROM (${DOCS}) d WHERE (d.stage IN ('published', 'retracted')) <> (d.status = 'published')`,
    describe: (r) => `${r.collection} #${r.id} is ${r.stage} with _status ${r.status}`,
  },
  {
    name: 'gap in an audit trail',
    sql: `WITH trail AS (
            SELECT collection_slug AS collection, document_id, id, action, from_stage, to_stage,
              lag(to_stage) OVER w AS previous_to, row_number() OVER w AS n
            FROM audit WHERE action <> 'delete' AND collection_slug IN ('articles', 'statements')
            WINDOW w AS (PARTITION BY collection_slug, document_id ORDER BY id))
          SELECT * FROM trail
          WHERE (n = 1 AND (action <> 'create' OR from_stage IS NOT NULL))
             OR (n > 1 AND (action = 'create' OR from_stage IS DISTINCT FROM previous_to))`,
    describe: (r) =>
      `${r.collection} #${r.document_id}: audit row ${r.n} (${r.action} ${r.from_stage ?? '∅'}→${r.to_stage}) ` +
      (Number(r.n) === 1 ? 'is not its creation' : `does not follow the previous row's ${r.previous_to}`),
  },
  {
    name: 'document whose audit trail does not match it',
    sql: `WITH trails AS (
            SELECT collection_slug AS collection, document_id, count(*)::int AS rows,
              (array_agg(to_stage ORDER BY id DESC))[1] AS last_to,
              bool_or(to_stage = 'published' AND from_stage IS DISTINCT FROM 'published') AS has_publish
            FROM audit WHERE action <> 'delete' GROUP BY 1, 2),
          versions AS (
            SELECT 'articles' AS collection, parent_id AS id, count(*)::int AS versions,
              (array_agg(version_stage::text ORDER BY id DESC) FILTER (WHERE latest))[1] AS latest_stage,
              (array_agg(version__status::text ORDER BY id DESC) FILTER (WHERE latest))[1] AS latest_status
            FROM _articles_v GROUP BY parent_id
            UNION ALL
            SELECT 'statements', parent_id, count(*)::int,
              (array_agg(version_stage::text ORDER BY id DESC) FILTER (WHERE latest))[1],
              (array_agg(version__status::text ORDER BY id DESC) FILTER (WHERE latest))[1]
            FROM _statements_v GROUP BY parent_id)
          SELECT d.collection, d.id, d.stage, d.status, COALESCE(t.rows, 0) AS rows, t.last_to, COALESCE(t.has_publish, false) AS has_publish,
            COALESCE(v.versions, 0) AS versions, v.latest_stage, v.latest_status
          FROM (${DOCS}) d
          LEFT JOIN trails t ON t.collection = d.collection AND t.document_id = d.id::text
          LEFT JOIN versions v ON v.collection = d.collection AND v.id = d.id
          WHERE t.rows IS NULL
             OR t.last_to IS DISTINCT FROM d.stage
             OR (d.stage = 'published' AND NOT t.has_publish)
             OR (COALESCE(v.versions, 0) < ${MAX_VERSIONS} AND COALESCE(v.versions, 0) <> t.rows)
             OR v.latest_stage IS DISTINCT FROM d.stage
             OR v.latest_status IS DISTINCT FROM d.status`,
    describe: (r) =>
      `${r.collection} #${r.id} is ${r.stage}/${r.status}: ${r.rows} audit rows (last → ${r.last_to ?? '∅'}, ` +
      `${r.has_publish ? 'with' : 'no'} publish row), ${r.versions} versions (latest ${r.latest_stage ?? '∅'}/${r.latest_status ?? '∅'})`,
  },
  {
    name: 'audit row of a document that does not exist',
    sql: `SELECT a.collection_slug AS collection, a.document_id, count(*)::int AS rows FROM audit a
          WHERE a.action <> 'delete' AND (
            (a.collection_slug = 'articles' AND NOT EXISTS (SELECT 1 FROM articles d WHERE d.id::text = a.document_id)) OR
            (a.collection_slug = 'statements' AND NOT EXISTS (SELECT 1 FROM statements d WHERE d.id::text = a.document_id)))
          GROUP BY 1, 2`,
    describe: (r) => `${r.rows} audit rows name ${r.collection} #${r.document_id}, which does not exist`,
  },
]

/** The invariants' names: each violation starts with one. */
export const INVARIANTS = CHECKS.map((check) => check.name)

/** A connected client (e.g. inside a transaction that a test rolls back). */
export type Queryable = { query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

/** Every invariant above, over the whole database: a list of violations (empty when sound). */
export async function checkInvariants(database: string | Queryable): Promise<string[]> {
  const violations: string[] = []
  for (const check of CHECKS) {
    const rows = typeof database === 'string' ? await query(database, check.sql) : (await database.query(check.sql)).rows
    for (const row of rows.slice(0, EXAMPLES)) violations.push(`${check.name}: ${check.describe(row)}`)
    if (rows.length > EXAMPLES) violations.push(`${check.name}: … ${rows.length - EXAMPLES} more`)
  }
  return violations
}

/**
 * What a dead server could leave behind to block the next writer: sessions on this database
 * (other than ours) still in a transaction begun before `before` (the kill; Postgres ends a
 * dead client's session when it next reads its socket, and one that lingered would hold the
 * import's row lock), and Payload's document locks (`payload_locked_documents`: none is ever
 * taken over REST, so any row is stale).
 */
export async function leftBehind(databaseUrl: string, before: Date): Promise<string[]> {
  const sessions = await query<{ pid: number; state: string; xact_start: Date; query: string }>(
    databaseUrl,
    `SELECT pid, state, xact_start, left(query, 80) AS query FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND xact_start < $1`,
    [before],
  )
  const [locks] = await query<{ n: number }>(databaseUrl, `SELECT count(*)::int AS n FROM payload_locked_documents`)
  return [
    ...sessions.map((r) => `session ${r.pid} (${r.state}) still in a transaction begun ${r.xact_start.toISOString()}: ${r.query}`),
    ...(locks!.n ? [`${locks!.n} document locks in payload_locked_documents`] : []),
  ]
}
