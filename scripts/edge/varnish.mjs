// Starts Varnish, unprivileged and in the foreground, on a free loopback port in front of one
// or more app servers, with the project's VCL (edge/default.vcl). Used by `npm run serve:edge`,
// `npm run test:edge` and `npm run bench:edge`.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { VARNISHD } from './packages.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const VCL = path.join(root, 'edge', 'default.vcl')

/** backends.vcl: one backend per app server, a round-robin director `app`, and who may purge. */
export function backendsVcl(backends, purgers = ['127.0.0.1', '::1']) {
  const lines = []
  backends.forEach(({ host, port }, i) => {
    lines.push(`backend app${i} {`, `  .host = "${host}";`, `  .port = "${port}";`, '  .first_byte_timeout = 60s;', '}')
  })
  lines.push('acl purgers {', ...purgers.map((ip) => `  "${ip}";`), '}')
  lines.push('sub vcl_init {', '  new app = directors.round_robin();', ...backends.map((_, i) => `  app.add_backend(app${i});`), '}')
  return lines.join('\n') + '\n'
}

/** `http://host:port` → { host, port }. */
export const backendOf = (url) => {
  const { hostname, port } = new URL(url)
  return { host: hostname, port: Number(port || 80) }
}

/**
 * Starts varnishd on `port` in front of `backends` ([{ host, port }]); resolves once it answers.
 * `stop()` ends it (SIGTERM, then SIGKILL) and removes its working folder.
 * @param {{ port: number, backends: { host: string, port: number }[], purgers?: string[], memory?: string, log?: (text: string) => void }} options
 */
export async function startVarnish({ port, backends, purgers = ['127.0.0.1', '::1'], memory = '256m', log = () => {} }) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-varnish-'))
  fs.writeFileSync(path.join(work, 'backends.vcl'), backendsVcl(backends, purgers))
  const args = [
    '-F', // foreground: our child, ended with us
    '-j', 'none', // no privilege separation: runs as whoever starts it, root or not
    '-n', work,
    '-a', `127.0.0.1:${port}`,
    '-T', 'none',
    '-f', VCL,
    '-p', `vcl_path=${work}:${path.dirname(VCL)}`,
    '-p', 'feature=+http2',
    '-s', `malloc,${memory}`,
  ]
  const child = spawn(VARNISHD, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  const collect = (chunk) => {
    output += chunk
    log(String(chunk))
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const url = `http://127.0.0.1:${port}`

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid, 'SIGTERM')
      const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    }
    fs.rmSync(work, { recursive: true, force: true })
  }

  const deadline = Date.now() + 30_000
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      // Any answer (even 503 while the app starts) means Varnish listens; a PURGE of no key is cheap.
      await fetch(url, { method: 'PURGE', headers: { 'xkey-purge': 'newsroom-ready' } })
      return { url, stop, output: () => output }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  await stop()
  throw new Error(`varnishd did not start on ${url}:\n${output}`)
}
