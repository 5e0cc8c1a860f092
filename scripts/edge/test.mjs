#!/usr/bin/env node
// `npm run test:edge`: the edge's tests (tests/edge/) against Debian's Varnish and Redis,
// installed first when missing. Ends, like `npm test`, with the line `N passed, N failed`.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { ensurePackages } from './packages.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
ensurePackages(['varnish', 'redis'])
const run = spawnSync(process.execPath, [path.join(root, 'scripts/test.mjs'), '--project', 'edge', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
process.exit(run.status ?? 1)
