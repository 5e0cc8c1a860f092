// Counts type assertions in the plugin's own code (src/, collections/, app/): every `x as T`
// (`as never` and `as unknown as T` included, `as const` left out: it asserts nothing) and
// every `<T>x`. `--list` prints each one as file:line, so a reviewer can read the reasons.
//   node scripts/count-casts.mjs [--list]
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const ROOTS = ['src', 'collections', 'app']
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/

const filesUnder = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(full)
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : []
  })

const isConstAssertion = (node) => ts.isTypeReferenceNode(node.type) && node.type.typeName.getText() === 'const'

const castsIn = (file) => {
  const text = fs.readFileSync(file, 'utf8')
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : file.endsWith('ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind)
  const found = []
  const visit = (node) => {
    if ((ts.isAsExpression(node) && !isConstAssertion(node)) || ts.isTypeAssertionExpression(node)) {
      // `a as unknown as T` is one cast: count the outer node only.
      if (!(ts.isAsExpression(node.parent) && node.parent.expression === node)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart())
        found.push(`${file}:${line + 1}: ${text.split('\n')[line].trim()}`)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

const all = ROOTS.filter((root) => fs.existsSync(root)).flatMap(filesUnder).flatMap(castsIn)
if (process.argv.includes('--list')) for (const cast of all) console.log(cast)
console.log(`${all.length} casts in ${ROOTS.join(', ')}`)
