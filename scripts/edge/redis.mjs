// Starts Redis (Debian's redis-server) in the foreground on a loopback port, nothing on disk:
// the shared Next cache of several app servers (src/delivery/cacheHandler.mjs, REDIS_URL).
import { spawn } from 'node:child_process'
import net from 'node:net'

import { REDIS_SERVER } from './packages.mjs'

const answers = (port) =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => {
      socket.destroy()
      resolve(String(data).startsWith('+PONG'))
    })
    socket.once('error', () => resolve(false))
  })

/** @param {{ port: number, log?: (text: string) => void }} options */
export async function startRedis({ port, log = () => {} }) {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--protected-mode', 'yes']
  const child = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  child.stdout.on('data', (chunk) => ((output += chunk), log(String(chunk))))
  child.stderr.on('data', (chunk) => ((output += chunk), log(String(chunk))))
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    process.kill(-child.pid, 'SIGTERM')
    const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 5000)
    await exited
    clearTimeout(timer)
  }
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline && child.exitCode === null) {
    if (await answers(port)) return { url: `redis://127.0.0.1:${port}`, stop, output: () => output }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await stop()
  throw new Error(`redis-server did not start on port ${port}:\n${output}`)
}
