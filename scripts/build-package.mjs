// `npm run build:package` (and `prepack`): the plugin compiled to JavaScript and .d.ts in dist/,
// with the admin's stylesheets and the page cache handler beside them, for `npm pack`.
// tsc keeps our extensionless relative imports, which Node's ESM loader refuses in a package:
// each one gets the file it names (`./x` → `./x.js` or `./x/index.js`).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const dist = path.join(root, 'dist')

fs.rmSync(dist, { recursive: true, force: true })
execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] }) // stdout stays clean for `npm pack --json`

const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))

// Stylesheets and plain JavaScript that tsc does not copy.
for (const file of walk(path.join(root, 'src'))) {
  if (/\.(scss|mjs)$/.test(file)) {
    const to = path.join(dist, path.relative(root, file))
    fs.mkdirSync(path.dirname(to), { recursive: true })
    fs.copyFileSync(file, to)
  }
}

const withExtension = (from, specifier) => {
  if (!specifier.startsWith('.') || /\.(js|mjs|json|scss|css)$/.test(specifier)) return specifier
  const base = path.resolve(path.dirname(from), specifier)
  if (fs.existsSync(`${base}.js`) || fs.existsSync(`${base}.d.ts`)) return `${specifier}.js`
  if (fs.existsSync(path.join(base, 'index.js')) || fs.existsSync(path.join(base, 'index.d.ts'))) return `${specifier}/index.js`
  throw new Error(`build-package: ${path.relative(root, from)} imports ${specifier}, which was not built`)
}

for (const file of walk(dist).filter((f) => /\.(js|d\.ts)$/.test(f))) {
  const text = fs.readFileSync(file, 'utf8')
  let out = text.replace(/((?:from|import)\s*\(?\s*')(\.[^']+)(')/g, (_, a, spec, b) => a + withExtension(file, spec) + b)
  // Our generated types describe this repository's host app: never let them retype a host's Payload.
  if (file.endsWith('payload-types.d.ts')) out = out.replace(/declare module 'payload' \{[^}]*\}\s*\}/, '')
  if (out !== text) fs.writeFileSync(file, out)
}

// Only what a consumer can reach: the files the package's exports lead to, through their
// imports (JavaScript and .d.ts alike). The rest (the split CLI, the host app's own helpers
// such as allowedOrigins and the SMTP adapter) is this repository's, not the plugin's.
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets))
const entries = Object.entries(pkg.exports)
  .filter(([subpath]) => subpath !== './package.json')
  .flatMap(([, target]) => targets(target))
  .map((target) => path.resolve(root, target))
const reached = new Set()
const reach = (file) => {
  if (reached.has(file) || !fs.existsSync(file)) return
  reached.add(file)
  const declaration = file.replace(/\.js$/, '.d.ts')
  if (declaration !== file) reach(declaration)
  const text = fs.readFileSync(file, 'utf8')
  for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
    const target = path.resolve(path.dirname(file), specifier)
    reach(target.endsWith('.js') && file.endsWith('.d.ts') ? target.replace(/\.js$/, '.d.ts') : target)
  }
}
entries.forEach(reach)
for (const file of walk(dist)) if (!reached.has(file)) fs.rmSync(file)

const bytes = walk(dist).reduce((sum, f) => sum + fs.statSync(f).size, 0)
console.error(`dist/: ${walk(dist).length} files, ${(bytes / 1024).toFixed(0)} KB`)
