import { readFileSync } from 'node:fs'
import { decodeInput } from './decodeInput'
import { splitPaste } from './index'

// `npm run -s split -- FILE [--pretty]` (`-` reads stdin): the split as JSON on stdout.
// Exit 1: input that is not text (empty, binary, undecodable); exit 2: usage errors.

const USAGE = '用法：npm run -s split -- 文件 [--pretty]（“-”读取标准输入） / usage: split FILE|- [--pretty]'

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(code)
}

function main(argv: string[]): void {
  let file: string | null = null
  let pretty = false
  for (const a of argv) {
    if (a === '--pretty') pretty = true
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`)
      return
    } else if (a.startsWith('-') && a !== '-') fail(2, `未知选项 ${a}（unknown option）。${USAGE}`)
    else if (file === null) file = a
    else fail(2, `多余的参数 ${a}（unexpected argument）。${USAGE}`)
  }
  if (file === null) fail(2, `缺少文件参数（missing FILE argument）。${USAGE}`)
  let bytes: Buffer
  try {
    bytes = file === '-' ? readFileSync(0) : readFileSync(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') fail(2, `找不到文件：${file}（file not found）`)
    if (code === 'EISDIR') fail(2, `这是目录，不是文件：${file}（is a directory）`)
    fail(2, `无法读取文件：${file}（cannot read file: ${code ?? 'error'}）`)
  }
  const decoded = decodeInput(bytes)
  if (!decoded.ok) fail(1, decoded.message)
  const result = splitPaste(decoded.text)
  process.stdout.write(`${JSON.stringify(result, null, pretty ? 2 : undefined)}\n`)
}

main(process.argv.slice(2))
