import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { purgeEdge } from '../../src/delivery/edge/purgeEdge'
import { runPurgeJob } from '../../src/delivery/edge/purgeEdgeTask'

type Seen = { method: string; keys: string }

/** A real HTTP server standing in for a Varnish host: answers each purge with the next status. */
const fakeEdge = async (statuses: number[]) => {
  const seen: Seen[] = []
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', keys: String(req.headers['xkey-purge'] ?? '') })
    res.writeHead(statuses.shift() ?? 200).end('Purged 1\n')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

const recordingLogger = () => {
  const lines: { level: string; msg: string }[] = []
  const at = (level: string) => (o: object) => lines.push({ level, msg: String((o as { msg?: string }).msg) })
  return { lines, logger: { info: at('info'), warn: at('warn'), error: at('error') } }
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 50))
}

describe('purging the edge after a publish', () => {
  const open: { close: () => Promise<void> }[] = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => server.close()))
  })

  it('should send the keys to every host and resolve once each has answered', async () => {
    const [one, two] = [await fakeEdge([200]), await fakeEdge([200])]
    open.push(one, two)
    const { logger, lines } = recordingLogger()
    await purgeEdge(['/articles/a', '/', '/articles/a', 'rest'], logger, [one.url, two.url])
    for (const edge of [one, two]) expect(edge.seen[0]).toEqual({ method: 'PURGE', keys: '/articles/a / rest' })
    expect(lines).toEqual([])
  })

  it('should retry a failed purge and log the failure, never drop it silently', async () => {
    const edge = await fakeEdge([503])
    open.push(edge)
    const { logger, lines } = recordingLogger()
    await purgeEdge(['/articles/a'], logger, [edge.url])
    expect(lines.map((l) => l.level)).toEqual(['warn'])
    await until(() => edge.seen.length >= 2)
    expect(edge.seen.map((s) => s.keys)).toEqual(['/articles/a', '/articles/a'])
    await until(() => lines.length >= 2)
    expect(lines.map((l) => l.level)).toEqual(['warn', 'info'])
  })

  it('should hand a failed purge to the jobs queue, which outlives this process, rather than retry it here', async () => {
    const edge = await fakeEdge([503])
    open.push(edge)
    const { logger, lines } = recordingLogger()
    const queued: { target: string; keys: string[] }[] = []
    await purgeEdge(['/articles/a', 'rest'], logger, [edge.url], async (target, keys) => (queued.push({ target, keys }), true))
    expect(queued).toEqual([{ target: edge.url, keys: ['/articles/a', 'rest'] }])
    expect(lines.map((l) => l.level)).toEqual(['warn'])
  })

  it('should retry in process when the purge could not be queued', async () => {
    const edge = await fakeEdge([503])
    open.push(edge)
    const { logger, lines } = recordingLogger()
    await purgeEdge(['/articles/a'], logger, [edge.url], async () => false)
    await until(() => edge.seen.length >= 2)
    expect(edge.seen).toHaveLength(2)
    await until(() => lines.length >= 2)
    expect(lines.map((l) => l.level)).toEqual(['warn', 'info'])
  })

  it('should fail the queued job while the host refuses (so Payload retries it) and succeed once it purges', async () => {
    const edge = await fakeEdge([503, 200])
    open.push(edge)
    const run = () => runPurgeJob({ target: edge.url, keys: ['/articles/a', 'rest'] })
    await expect(run()).rejects.toThrow(/edge purge/)
    await expect(run()).resolves.toEqual({ output: {} })
    expect(edge.seen.map((s) => s.keys)).toEqual(['/articles/a rest', '/articles/a rest'])
  })

  it('should do nothing without hosts (the app alone)', async () => {
    const { logger, lines } = recordingLogger()
    await purgeEdge(['/articles/a'], logger, [])
    expect(lines).toEqual([])
  })
})
