import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ImportDraft } from '../../src/import/types'
import { createStaff } from '../helpers/staff'
import { query } from '../helpers/testDatabase'
import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { firstRequests, killDuring } from './crash'
import { explain, json, logIn, type Outcome, type Staff } from './http'
import { checkInvariants, INVARIANTS, leftBehind } from './invariants'
import { BUILD_WAIT_MS, privateBuild, type PrivateBuild } from './privateBuild'
import { roundupMaker } from './roundup'
import { faultRounds, killFractions, printKillRounds, since, writeDuration } from './rounds'

// Entries per import: a commit of this size takes two or three seconds (each entry is a
// statement and a delegate, each with its hooks), long enough to kill it anywhere along the
// way; few enough for 20 rounds in a few minutes on two cores. (commitCrash.int.spec.ts kills
// one 300-entry commit once.)
const SPEAKERS = 100

type Counts = { articles: number; statements: number; delegates: number; reporters: number }
type Pending = { id: number; expected: Counts }

const counts = async (databaseUrl: string): Promise<Counts> =>
  (
    await query<Counts>(
      databaseUrl,
      `SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM statements)::int AS statements,
              (SELECT count(*) FROM delegates)::int AS delegates, (SELECT count(*) FROM reporters)::int AS reporters`,
    )
  )[0]!

const minus = (a: Counts, b: Counts): Counts => ({
  articles: a.articles - b.articles,
  statements: a.statements - b.statements,
  delegates: a.delegates - b.delegates,
  reporters: a.reporters - b.reporters,
})
const NOTHING: Counts = { articles: 0, statements: 0, delegates: 0, reporters: 0 }
const same = (a: Counts, b: Counts) => JSON.stringify(a) === JSON.stringify(b)

// The server SIGKILLed mid import commit, round after round: each commit is all or nothing
// (src/import/commitImport.ts runs it in one transaction), and the import commits cleanly
// again on the restarted server with nobody cleaning up.
describe('the server SIGKILLed in the middle of an import commit', () => {
  const rounds = faultRounds()
  const newRoundup = roundupMaker()
  let env: TestPayload
  let build: PrivateBuild
  let server: TestServer
  let reporter: Staff

  /** A server on this file's database, from its copy of the build. */
  const start = () => startServer({ databaseUrl: env.databaseUrl, env: build.env })

  beforeAll(async () => {
    env = await getTestPayload()
    await createStaff(env.payload, 'admin')
    await createStaff(env.payload, 'reporter')
    build = await privateBuild()
    server = await start()
    reporter = await logIn(() => server.url, 'reporter@example.com')
  }, BUILD_WAIT_MS + 180_000) // the copy may wait for another run's build
  afterAll(async () => {
    await server?.stop()
    build?.dispose()
    await env?.cleanup()
  })

  /** A new pending import of SPEAKERS entries, and what committing it must add. */
  const newImport = async (): Promise<Pending> => {
    const created = await reporter.api('POST', '/imports', { rawText: newRoundup(SPEAKERS).text })
    const doc = json<{ doc: { id: number; status: string; split: ImportDraft } }>(created)?.doc
    if (created.status !== 201 || !doc) throw new Error(`creating an import answered ${explain(created)}`)
    const { entries } = doc.split
    if (entries.length !== SPEAKERS || doc.status !== 'split') throw new Error(`the paste split into ${entries.length} entries (${doc.status})`)
    const newReporters = new Set(entries.flatMap((e) => e.reporters.filter((r) => r.reporterId === null).map((r) => r.name)))
    return {
      id: doc.id,
      expected: { articles: 1, statements: entries.length, delegates: entries.filter((e) => e.speaker && !e.delegateId).length, reporters: newReporters.size },
    }
  }

  const commit = (id: number): Promise<Outcome> => reporter.api('POST', `/imports/${id}/commit`)

  /** In SQL: did the import commit fully, not at all, or (a violation) partly? */
  const importState = async (pending: Pending, before: Counts) => {
    const [row] = await query<{ status: string; article_id: number | null }>(env.databaseUrl, `SELECT status::text, article_id FROM imports WHERE id = $1`, [pending.id])
    const added = minus(await counts(env.databaseUrl), before)
    const [statements] = await query<{ n: number; positions: number; in_article: number }>(
      env.databaseUrl,
      `SELECT count(*)::int AS n, count(DISTINCT position)::int AS positions, count(*) FILTER (WHERE article_id = $2)::int AS in_article
       FROM statements WHERE provenance_import_id = $1`,
      [String(pending.id), row?.article_id ?? null],
    )
    const whole = pending.expected.statements
    if (row?.status === 'split' && row.article_id === null && statements!.n === 0 && same(added, NOTHING)) return { outcome: 'rolled back' as const }
    if (
      row?.status === 'committed' &&
      row.article_id !== null &&
      statements!.n === whole &&
      statements!.positions === whole &&
      statements!.in_article === whole &&
      same(added, pending.expected)
    ) {
      return { outcome: 'completed' as const }
    }
    return {
      outcome: 'partial' as const,
      detail: `import ${row?.status} with article ${row?.article_id}, ${statements!.n} statements naming it (${statements!.in_article} in its article), added ${JSON.stringify(added)}`,
    }
  }

  it(`should commit all or nothing across ${rounds} kills, and commit cleanly after each restart`, async () => {
    // An uninterrupted commit on a fresh server (as each round's is) tells how long one takes;
    // then each commit redone in full after a kill keeps that figure current.
    const first = await newImport()
    const before = await counts(env.databaseUrl)
    const started = performance.now()
    const clean = await commit(first.id)
    const commitDuration = writeDuration(since(started))
    expect(clean.status, explain(clean)).toBe(200)
    expect((await importState(first, before)).outcome).toBe('completed')

    const fractions = killFractions(rounds)
    const rows: Record<string, string | number>[] = []
    const violations: string[] = []
    const restarts: number[] = []
    const recommits: number[] = []
    try {
      for (const [round, fraction] of fractions.entries()) {
        const pasting = performance.now()
        const pending = await newImport()
        const pasteMs = since(pasting)
        const before = await counts(env.databaseUrl)
        const expectedMs = commitDuration.current()
        const delayMs = Math.round(fraction * expectedMs)
        const crash = await killDuring(server, start, () => commit(pending.id), delayMs)
        server = crash.server
        restarts.push(crash.restartMs)
        const problems = (what: string, list: string[]) => violations.push(...list.map((p) => `round ${round + 1}, ${what}: ${p}`))

        problems('first requests after the restart', await firstRequests(server, reporter))
        const state = await importState(pending, before)
        if (state.outcome === 'partial') problems('import after the kill', [state.detail])
        problems('invariants after the kill', await checkInvariants(env.databaseUrl))
        problems('left behind by the killed server', await leftBehind(env.databaseUrl, crash.killedAt))

        // Committed again on the restarted server: it completes, or says it already had.
        const again = performance.now()
        const retry = await commit(pending.id)
        recommits.push(since(again))
        if (state.outcome === 'rolled back' && retry.status === 200) commitDuration.add(recommits.at(-1)!)
        const created = json<{ created?: boolean }>(retry)?.created
        if (retry.status !== 200) problems('commit again', [explain(retry)])
        else if (created !== (state.outcome === 'rolled back')) problems('commit again', [`answered created: ${created} after ${state.outcome}`])
        const after = await importState(pending, before)
        if (after.outcome !== 'completed') problems('import after committing again', [after.detail ?? after.outcome])
        problems('invariants after committing again', await checkInvariants(env.databaseUrl))

        rows.push({
          round: round + 1,
          paste: `${pasteMs} ms`,
          'kill at': `${delayMs} ms (${Math.round(fraction * 100)} % of ${expectedMs})`,
          'cut request': explain(crash.reply),
          outcome: state.outcome,
          restart: `${crash.restartMs} ms`,
          'commit again': `${explain(retry)} in ${recommits.at(-1)} ms`,
        })
      }
    } finally {
      printKillRounds('server SIGKILLed mid import commit', {
        write: ['commit', 'commits'],
        size: ['entries per import', SPEAKERS],
        rounds,
        durations: commitDuration.measured(),
        restarts,
        redone: recommits,
        violations,
        rows,
      })
    }

    expect(rows).toHaveLength(rounds)
    expect(violations).toEqual([])
  })

  // The rounds pass only if the checks can fail: damage of every kind they name, inside a
  // transaction rolled back afterwards, must be reported by each of them.
  it('should have invariant checks that see each kind of damage', async () => {
    const client = new pg.Client({ connectionString: env.databaseUrl })
    await client.connect()
    try {
      await client.query('BEGIN')
      const [a, b, c, d] = (await client.query<{ id: number }>(`SELECT id FROM statements ORDER BY id LIMIT 4`)).rows.map((r) => r.id)
      const damage = [
        `UPDATE statements SET article_id = NULL WHERE id = ${a}`,
        `UPDATE statements SET stage = 'published', _status = 'published' WHERE id = ${b}`,
        `UPDATE statements SET _status = 'published' WHERE id = ${c}`,
        `DELETE FROM audit WHERE collection_slug = 'statements' AND document_id = '${d}'`,
        `INSERT INTO audit (collection_slug, document_id, action, from_stage, to_stage) VALUES ('statements', '${a}', 'reopen', 'approved', 'in_review')`,
        `INSERT INTO audit (collection_slug, document_id, action, to_stage) VALUES ('articles', '2147483647', 'create', 'draft')`,
        `UPDATE imports SET status = 'split' WHERE id = (SELECT max(id) FROM imports WHERE status = 'committed')`,
        `INSERT INTO delegates (name) VALUES ('无人发言')`,
        `INSERT INTO reporters (name) VALUES ('无人署名')`,
      ]
      for (const sql of damage) await client.query(sql)
      const seen = await checkInvariants(client)
      expect(INVARIANTS.filter((name) => !seen.some((violation) => violation.startsWith(`${name}:`)))).toEqual([])
    } finally {
      await client.query('ROLLBACK').catch(() => {})
      await client.end()
    }
    expect(await checkInvariants(env.databaseUrl)).toEqual([])
  })
})
