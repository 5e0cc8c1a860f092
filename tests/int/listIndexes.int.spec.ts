import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, type TestPayload } from '../helpers/testPayload'

// The public lists' queries, in the shape Payload's Postgres adapter sends them for
// `payload.find({ sort: '-publishedAt', ...publicReader })`: access adds `_status = published`
// and `stage != retracted` (Payload writes not_equals as `<> OR IS NULL`).
const PUBLIC = `"_status" = 'published' AND ("stage" <> 'retracted' OR "stage" IS NULL)`
const LISTS = {
  // the home page, its later pages, the feeds, the lean REST list of articles
  latestArticles: `SELECT "id" FROM "articles" WHERE ${PUBLIC} ORDER BY "published_at" DESC LIMIT 20`,
  // the lean REST list of statements
  latestStatements: `SELECT "id" FROM "statements" WHERE ${PUBLIC} ORDER BY "published_at" DESC LIMIT 10`,
  // a person's page and feeds
  bySpeaker: `SELECT "id" FROM "statements" WHERE "speaker_id" = 7 AND ${PUBLIC} ORDER BY "published_at" DESC LIMIT 500`,
}

/** The index on exactly these columns (`_status, published_at`), by its definition: Payload names it. */
const indexOn = async (db: pg.Client, table: string, columns: string): Promise<string> => {
  const { rows } = await db.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = $1 AND indexdef LIKE $2`, [table, `% USING btree (${columns})`])
  expect(rows, `an index on ${table} (${columns})`).toHaveLength(1)
  return (rows[0] as { indexname: string }).indexname
}

/** The plan Postgres chooses, as text: index names, and whether it sorts or scans everything. */
const plan = async (db: pg.Client, sql: string): Promise<string> =>
  (await db.query(`EXPLAIN ${sql}`)).rows.map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN']).join('\n')

describe('the public lists read through their indexes (EXPLAIN on the migrated schema)', () => {
  let env: TestPayload
  let db: pg.Client

  beforeAll(async () => {
    env = await getTestPayload()
    db = new pg.Client({ connectionString: env.databaseUrl })
    await db.connect()
    // A paper's few years: 3,000 articles of 7 statements by 200 people; a third of the rows are
    // drafts (no publishedAt, which sorts first in a descending list) and a few are retracted.
    await db.query(`INSERT INTO "delegates" ("name") SELECT '代表' || n FROM generate_series(1, 200) n`)
    await db.query(`
      INSERT INTO "articles" ("title", "slug", "_status", "stage", "published_at")
      SELECT '稿件' || n, 'gaojian-' || n,
        (CASE WHEN n % 3 = 0 THEN 'draft' ELSE 'published' END)::"enum_articles_status",
        (CASE WHEN n % 3 = 0 THEN 'in_review' WHEN n % 97 = 0 THEN 'retracted' ELSE 'published' END)::"enum_articles_stage",
        CASE WHEN n % 3 = 0 THEN NULL ELSE now() - n * interval '1 hour' END
      FROM generate_series(1, 3000) n`)
    await db.query(`
      INSERT INTO "statements" ("headline", "article_id", "position", "speaker_id", "_status", "stage", "published_at")
      SELECT '发言' || s.n, a.id, s.n, (SELECT min(id) FROM "delegates") + (a.id * 7 + s.n) % 200, a._status::text::"enum_statements_status",
        a.stage::text::"enum_statements_stage", a.published_at
      FROM "articles" a CROSS JOIN generate_series(0, 6) s(n)`)
    await db.query('ANALYZE')
  })
  afterAll(async () => {
    await db?.end()
    await env?.cleanup()
  })

  it('should read the latest articles newest first from the index, without sorting the table', async () => {
    const text = await plan(db, LISTS.latestArticles)
    expect(text).toMatch(/Index Scan Backward using "?articles_published_at_idx"? on articles/)
    expect(text).not.toMatch(/Seq Scan|Sort/)
  })

  it('should read the latest statements newest first from the index, without sorting the table', async () => {
    const text = await plan(db, LISTS.latestStatements)
    expect(text).toContain(await indexOn(db, 'statements', '_status, published_at'))
    expect(text).not.toMatch(/Seq Scan|Sort/)
  })

  it("should find a person's published statements through the index, never scanning the table", async () => {
    const text = await plan(db, LISTS.bySpeaker)
    // One person's statements (tens, not thousands) are sorted after the index found them.
    expect(text).toContain(await indexOn(db, 'statements', 'speaker_id, _status, published_at'))
    expect(text).toMatch(/Index Cond: \(\(speaker_id = 7\) AND \(_status = 'published'/)
    expect(text).not.toMatch(/Seq Scan/)
  })
})
