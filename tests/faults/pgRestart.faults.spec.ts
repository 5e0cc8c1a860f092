import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { firstRequests } from './crash'
import { createDeskStaff, desk, expectStatus, logInDesk, statementsOnPage, type Article, type PublishOutcome } from './desk'
import { explain, json, send, type Outcome, type Staff } from './http'
import { checkInvariants } from './invariants'
import { BUILD_WAIT_MS, privateBuild, type PrivateBuild } from './privateBuild'
import { startRestartablePostgres, type RestartablePostgres } from './restartablePostgres'
import { roundupMaker } from './roundup'
import { faultRounds, killFractions, p50max, printFigures, since, sleep, writeDuration } from './rounds'

// A few rounds (2 to 5, a quarter of NEWSROOM_FAULT_ROUNDS): each restarts the database under the server.
const ROUNDS = Math.min(5, Math.max(2, Math.ceil(faultRounds() / 4)))
const READERS = 4
const STATEMENTS = 40 // in the article readers read, and in the one published as Postgres stops
const AFTER_RECOVERY = 10 // in the article published right after recovery
const DOWN_MS = 1_000 // how long Postgres stays down
const RECOVERY_TIMEOUT_MS = 30_000
const READ_TIMEOUT_MS = 10_000
const STEADY_MS = 500 // readers go on this long after recovery: nothing may fail again
const BURST = 16 // concurrent requests after recovery: more than the pool's 10 connections

type Sample = { target: string; at: number; outcome: Outcome; wrong: string | null }

// Postgres stopped and started again under a running server, while readers hit the site and
// REST and an editor publishes: requests may fail while it is down, but the same server
// process serves correctly afterwards by itself, the interrupted publish is all or nothing,
// and a publish right after recovery works.
describe('Postgres restarted under a running server', () => {
  const newRoundup = roundupMaker({ people: 'same' })
  let pg: RestartablePostgres
  let env: TestPayload
  let build: PrivateBuild
  let server: TestServer
  let editor: Staff
  let steps: ReturnType<typeof desk>
  let readable: Article

  /** A server on this file's database, from its copy of the build. */
  const start = () => startServer({ databaseUrl: env.databaseUrl, env: build.env })

  beforeAll(async () => {
    pg = await startRestartablePostgres()
    env = await getTestPayload({ adminUrl: pg.adminUrl })
    await createDeskStaff(env.payload)
    build = await privateBuild()
    server = await start()
    const baseUrl = () => server.url
    const loggedIn = await logInDesk(baseUrl)
    editor = loggedIn.editor
    steps = desk({ databaseUrl: env.databaseUrl, baseUrl, ...loggedIn, newRoundup })
  }, BUILD_WAIT_MS + 180_000) // the copy may wait for another run's build
  afterAll(async () => {
    await server?.stop()
    build?.dispose()
    await env?.cleanup().catch(() => {})
    await pg?.dispose()
  })

  /** What readers ask for, and what a correct answer holds (null) or what is wrong with it. */
  const targets = (): { target: string; path: string; check: (outcome: Outcome) => string | null }[] => [
    {
      target: 'REST article',
      path: `/api/articles/${readable.id}?depth=0`,
      check: (o) => (json<{ id?: number; _status?: string }>(o)?.id === readable.id && json<{ _status?: string }>(o)?._status === 'published' ? null : 'not the published article'),
    },
    {
      target: 'REST statements',
      path: `/api/statements?where[article][equals]=${readable.id}&limit=1&depth=0`,
      check: (o) => (json<{ totalDocs?: number }>(o)?.totalDocs === readable.statements ? null : `totalDocs ${json<{ totalDocs?: number }>(o)?.totalDocs}`),
    },
    {
      target: 'article page',
      path: `/articles/${readable.slug}`,
      check: (o) => (statementsOnPage(o) === readable.statements ? null : `${statementsOnPage(o)} statements`),
    },
    { target: 'home page', path: '/', check: () => null },
  ]

  /** READERS loops over every target until stopped; samples arrive live. A 200 with the wrong content is `wrong`. */
  const startReaders = () => {
    const samples: Sample[] = []
    let stopped = false
    const list = targets()
    const loops = Array.from({ length: READERS }, async (_, reader) => {
      for (let i = reader; !stopped; i++) {
        const { target, path, check } = list[i % list.length]!
        const outcome = await send(`${server.url}${path}`, { timeoutMs: READ_TIMEOUT_MS })
        samples.push({ target, at: performance.now(), outcome, wrong: outcome.status === 200 ? check(outcome) : null })
        if (outcome.status !== 200) await sleep(50) // a failing server answers at once: do not spin
      }
    })
    return {
      samples,
      stop: async () => {
        stopped = true
        await Promise.all(loops)
      },
    }
  }

  /** When each target first answered correctly after `from` (all of them), or null by the deadline. */
  const recovered = async (samples: Sample[], from: number): Promise<number[] | null> => {
    const deadline = from + RECOVERY_TIMEOUT_MS
    for (;;) {
      const firsts = targets().map((t) => samples.find((s) => s.target === t.target && s.at > from && s.outcome.status === 200 && !s.wrong)?.at)
      if (firsts.every((at) => at !== undefined)) return firsts as number[]
      if (performance.now() > deadline) return null
      await sleep(100)
    }
  }

  /**
   * Readers running, a publish of `article` in flight, Postgres stopped `delayMs` into it and
   * started again DOWN_MS later; then the readers go on until every target answers correctly
   * (and STEADY_MS more). Returns their samples and when each thing happened.
   */
  const outage = async (article: Article, delayMs: number) => {
    const readers = startReaders()
    try {
      await sleep(500)
      const publishing = steps.publish(article)
      await sleep(delayMs)
      const stopping = performance.now()
      await pg.stop()
      const downAt = performance.now()
      await sleep(DOWN_MS)
      await pg.start()
      const back = performance.now()
      const cut = await publishing
      const firsts = await recovered(readers.samples, back)
      if (firsts) await sleep(STEADY_MS)
      return { samples: readers.samples, stopMs: Math.round(downAt - stopping), downAt, back, cut, firsts }
    } finally {
      await readers.stop()
    }
  }

  it(`should serve again by itself after ${ROUNDS} restarts of Postgres, with publishes all or nothing`, async () => {
    const { approvedArticle, publish, stateOf, outcomeOf, publicView } = steps
    readable = await approvedArticle(STATEMENTS)
    const started = performance.now()
    expectStatus(await publish(readable), 200, 'an uninterrupted publish')
    const publishDuration = writeDuration(since(started))
    expect(await publicView(readable, 'completed')).toEqual([])

    // Postgres stops part-way through a publish (after its commit it would test nothing new: the kill suite has those).
    const fractions = killFractions(ROUNDS, { from: 0.1, to: 0.9 })
    const rows: Record<string, string | number>[] = []
    const violations: string[] = []
    const toRestOk: number[] = []
    const toAllOk: number[] = []
    try {
      for (const [round, fraction] of fractions.entries()) {
        const problems = (what: string, list: string[]) => violations.push(...list.map((p) => `round ${round + 1}, ${what}: ${p}`))
        const interrupted = await approvedArticle(STATEMENTS)
        const afterwards = await approvedArticle(AFTER_RECOVERY)

        const expectedMs = publishDuration.current()
        const delayMs = Math.round(fraction * expectedMs)
        const { samples: all, stopMs, downAt, back, cut, firsts } = await outage(interrupted, delayMs)

        const during = all.filter((s) => s.at > downAt && s.at <= back)
        const wrong = all.filter((s) => s.wrong)
        problems('readers', wrong.slice(0, 5).map((s) => `${s.target} answered 200 with ${s.wrong}`))
        if (!firsts) {
          const failing = targets().filter((t) => !all.some((s) => s.target === t.target && s.at > back && s.outcome.status === 200 && !s.wrong))
          problems('recovery', [`${failing.map((t) => t.target).join(', ')} not answering correctly ${RECOVERY_TIMEOUT_MS} ms after Postgres came back`])
        } else {
          toRestOk.push(Math.round(Math.max(...firsts.slice(0, 2)) - back)) // the two REST targets, which always query
          toAllOk.push(Math.round(Math.max(...firsts) - back))
          // Once a target has answered correctly again, it keeps doing so.
          const relapses = all.filter((s) => s.at > Math.max(...firsts) && s.outcome.status !== 200)
          problems('after recovery', relapses.slice(0, 5).map((s) => `${s.target} answered ${explain(s.outcome)}`))
        }

        // The same server process, never restarted: its first requests, then more at once than its pool holds.
        problems('requests after recovery', await firstRequests(server, editor))
        const burst = await Promise.all(Array.from({ length: BURST }, (_, i) => send(`${server.url}${targets()[i % 2]!.path}`)))
        const burstFailed = burst.filter((o) => o.status !== 200)
        if (burstFailed.length) problems('burst after recovery', [`${burstFailed.length} of ${BURST} failed, e.g. ${explain(burstFailed[0]!)}`])

        // The publish cut by the stop: all or nothing, and publishing it again works.
        const state = await stateOf(interrupted)
        const outcome: PublishOutcome = outcomeOf(interrupted, state)
        if (outcome === 'partial') problems('publish cut by the stop', [JSON.stringify(state)])
        else problems('site and REST after the stop', await publicView(interrupted, outcome))
        const redoing = performance.now()
        const again = await publish(interrupted)
        const redoMs = since(redoing)
        if (again.status !== 200 || outcomeOf(interrupted, await stateOf(interrupted)) !== 'completed') problems('publish again', [explain(again)])
        else if (outcome === 'rolled back') publishDuration.add(redoMs)

        // A publish right after recovery.
        const fresh = performance.now()
        const next = await publish(afterwards)
        const nextMs = since(fresh)
        if (next.status !== 200 || outcomeOf(afterwards, await stateOf(afterwards)) !== 'completed') problems('publish after recovery', [explain(next)])
        else problems('site and REST after the publish', await publicView(afterwards, 'completed'))
        problems('invariants', await checkInvariants(env.databaseUrl))

        const ok = (list: Sample[]) => list.filter((s) => s.outcome.status === 200 && !s.wrong).length
        rows.push({
          round: round + 1,
          'stop at': `${delayMs} ms (${Math.round(fraction * 100)} % of ${expectedMs})`,
          'stop/down': `${stopMs} / ${DOWN_MS} ms`,
          'reads while down': `${ok(during)} ok, ${during.length - ok(during)} failed`,
          'cut publish': `${explain(cut)} → ${outcome}`,
          'REST ok': firsts ? `${toRestOk.at(-1)} ms` : '-',
          'all ok': firsts ? `${toAllOk.at(-1)} ms` : `> ${RECOVERY_TIMEOUT_MS} ms`,
          'reads in all': `${ok(all)} ok, ${all.length - ok(all)} failed`,
          'publish after': `${explain(next)} in ${nextMs} ms`,
        })
      }
    } finally {
      const outcomes = (name: string) => rows.filter((row) => String(row['cut publish']).endsWith(name)).length
      printFigures(
        'Postgres restarted under a running server',
        {
          rounds: `${rows.length} of ${ROUNDS}`,
          readers: `${READERS} (REST article, REST statements, article page, home page)`,
          'uninterrupted publishes': `${p50max(publishDuration.measured())} (${STATEMENTS} statements; the first, then each redone in full)`,
          'publish cut by the stop': `${outcomes('rolled back')} rolled back, ${outcomes('completed')} completed, ${outcomes('partial')} half-written`,
          'recovery, Postgres up → REST correct again': p50max(toRestOk),
          'recovery, Postgres up → every target correct': p50max(toAllOk),
          'invariant violations': violations.length,
        },
        rows,
      )
      if (violations.length) console.log(violations.join('\n'))
    }

    expect(rows).toHaveLength(ROUNDS)
    expect(violations).toEqual([])
  })
})
