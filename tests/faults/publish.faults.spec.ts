import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, type TestPayload } from '../helpers/testPayload'
import { startServer, type TestServer } from '../helpers/testServer'
import { firstRequests, killDuring } from './crash'
import { createDeskStaff, desk, expectStatus, logInDesk } from './desk'
import { explain, send, type Staff } from './http'
import { checkInvariants, leftBehind } from './invariants'
import { BUILD_WAIT_MS, privateBuild, type PrivateBuild } from './privateBuild'
import { roundupMaker } from './roundup'
import { faultRounds, killFractions, printKillRounds, since, writeDuration } from './rounds'

// Approved statements per article: enough for a publish to take a second or two (each statement
// is a save with its version and audit row), few enough for 20 rounds in a few minutes.
const STATEMENTS = 60

// The server SIGKILLed while an editor publishes an article with many approved statements:
// the article and its statements publish together, with their audit rows, or not at all
// (src/workflow/cascadeToStatementsAfterChange.ts runs inside the article's save), and the
// site and REST show whichever happened.
describe('the server SIGKILLed in the middle of a publish', () => {
  const rounds = faultRounds()
  // The same speakers in every paste: commits after the first create only the article and its statements.
  const newRoundup = roundupMaker({ people: 'same' })
  let env: TestPayload
  let build: PrivateBuild
  let server: TestServer
  let editor: Staff
  let steps: ReturnType<typeof desk>

  /** A server on this file's database, from its copy of the build. */
  const start = () => startServer({ databaseUrl: env.databaseUrl, env: build.env })

  beforeAll(async () => {
    env = await getTestPayload()
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
    await env?.cleanup()
  })

  it(`should publish all or nothing across ${rounds} kills, and publish cleanly after each restart`, async () => {
    const { approvedArticle, publish, stateOf, outcomeOf, publicView } = steps
    // An uninterrupted publish on a fresh server (as each round's is) tells how long one takes;
    // then each publish redone in full after a kill keeps that figure current.
    const first = await approvedArticle(STATEMENTS)
    const started = performance.now()
    expectStatus(await publish(first), 200, 'an uninterrupted publish')
    const publishDuration = writeDuration(since(started))
    expect(outcomeOf(first, await stateOf(first))).toBe('completed')
    expect(await publicView(first, 'completed')).toEqual([])

    const fractions = killFractions(rounds)
    const rows: Record<string, string | number>[] = []
    const violations: string[] = []
    const restarts: number[] = []
    const republishes: number[] = []
    try {
      for (const [round, fraction] of fractions.entries()) {
        const preparing = performance.now()
        const article = await approvedArticle(STATEMENTS)
        const prepareMs = since(preparing)
        // A reader asks for the page before it is published: a cached "not found" must not outlive the publish.
        const early = await send(`${server.url}/articles/${article.slug}`)
        const problems = (what: string, list: string[]) => violations.push(...list.map((p) => `round ${round + 1}, ${what}: ${p}`))
        if (early.status !== 404) problems('article page before the publish', [explain(early)])

        const expectedMs = publishDuration.current()
        const delayMs = Math.round(fraction * expectedMs)
        const crash = await killDuring(server, start, () => publish(article), delayMs)
        server = crash.server
        restarts.push(crash.restartMs)

        problems('first requests after the restart', await firstRequests(server, editor))
        const state = await stateOf(article)
        const outcome = outcomeOf(article, state)
        if (outcome === 'partial') problems('article after the kill', [JSON.stringify(state)])
        else problems('site and REST after the kill', await publicView(article, outcome))
        problems('invariants after the kill', await checkInvariants(env.databaseUrl))
        problems('left behind by the killed server', await leftBehind(env.databaseUrl, crash.killedAt))

        // Published again on the restarted server (a plain save when the kill came after the commit).
        const again = performance.now()
        const retry = await publish(article)
        republishes.push(since(again))
        if (outcome === 'rolled back' && retry.status === 200) publishDuration.add(republishes.at(-1)!)
        if (retry.status !== 200) problems('publish again', [explain(retry)])
        const after = await stateOf(article)
        if (outcomeOf(article, after) !== 'completed') problems('article after publishing again', [JSON.stringify(after)])
        else problems('site and REST after publishing again', await publicView(article, 'completed'))
        problems('invariants after publishing again', await checkInvariants(env.databaseUrl))

        rows.push({
          round: round + 1,
          prepare: `${prepareMs} ms`,
          'kill at': `${delayMs} ms (${Math.round(fraction * 100)} % of ${expectedMs})`,
          'cut request': explain(crash.reply),
          outcome,
          restart: `${crash.restartMs} ms`,
          'publish again': `${explain(retry)} in ${republishes.at(-1)} ms`,
        })
      }
    } finally {
      printKillRounds('server SIGKILLed mid publish', {
        write: ['publish', 'publishes'],
        size: ['approved statements per article', STATEMENTS],
        rounds,
        durations: publishDuration.measured(),
        restarts,
        redone: republishes,
        violations,
        rows,
      })
    }

    expect(rows).toHaveLength(rounds)
    expect(violations).toEqual([])
  })
})
