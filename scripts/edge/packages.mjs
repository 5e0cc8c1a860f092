// The edge's Debian packages: Varnish with xkey (varnish-modules) and Redis, installed the way
// scripts/test.mjs installs Chromium (scripts/lib/aptInstall.mjs).
import fs from 'node:fs'

import { aptInstall } from '../lib/aptInstall.mjs'

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
  aptInstall(missingPackages(components), { zh: '边缘缓存', en: 'the edge' })
}

if (import.meta.url === `file://${process.argv[1]}`) ensurePackages(process.argv.slice(2).length ? process.argv.slice(2) : undefined)
