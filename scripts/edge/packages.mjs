// The edge's Debian packages: Varnish with xkey (varnish-modules) and Redis. Installed the way
// scripts/test.mjs installs Chromium: only what is missing, only as root, waiting for the
// package lock (-o DPkg::Lock::Timeout=600) so another install running never fails us.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

export const VARNISHD = process.env.NEWSROOM_VARNISHD ?? '/usr/sbin/varnishd'
export const VARNISHADM = process.env.NEWSROOM_VARNISHADM ?? '/usr/bin/varnishadm'
export const REDIS_SERVER = process.env.NEWSROOM_REDIS_SERVER ?? '/usr/bin/redis-server'
// xkey ships in varnish-modules as a VMOD next to Varnish's own.
const XKEY_VMOD = '/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so'

/** The Debian packages missing for `components` ('varnish', 'redis'). */
export function missingPackages(components = ['varnish', 'redis']) {
  const missing = []
  if (components.includes('varnish')) {
    if (!fs.existsSync(VARNISHD)) missing.push('varnish')
    if (!fs.existsSync(XKEY_VMOD) && !process.env.NEWSROOM_VARNISHD) missing.push('varnish-modules')
  }
  if (components.includes('redis') && !fs.existsSync(REDIS_SERVER)) missing.push('redis-server')
  return missing
}

/** Installs what `components` need, or exits with the command to run when not root. */
export function ensurePackages(components = ['varnish', 'redis']) {
  const missing = missingPackages(components)
  if (!missing.length) return
  if (process.getuid?.() !== 0) {
    console.error(`✖ 需要这些软件包，请运行 sudo apt-get install -y ${missing.join(' ')} (the edge needs these packages)`)
    process.exit(1)
  }
  console.log(`• 安装 (installing) ${missing.join(' ')} ...`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const wait = ['-o', 'DPkg::Lock::Timeout=600']
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...missing]]) {
    const result = spawnSync('apt-get', [...wait, ...args], { stdio: 'inherit', env })
    if (result.status !== 0) {
      console.error(`✖ apt-get ${args.join(' ')} 失败 (failed)`)
      process.exit(1)
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensurePackages(process.argv.slice(2).length ? process.argv.slice(2) : undefined)
