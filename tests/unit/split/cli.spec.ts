import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT, SHARED_FIXTURES } from './expectSplit'

// The CLI as a user runs it: exit codes, JSON on stdout, one line on stderr with no stack trace.

const TSX = path.join(REPO_ROOT, 'node_modules/.bin/tsx')
const run = (args: string[], input?: Buffer | string) =>
  spawnSync(TSX, ['src/split/cli.ts', ...args], { cwd: REPO_ROOT, input, encoding: 'utf8', timeout: 30_000 })
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'split-cli-'))
const file = (name: string, bytes: Buffer | string) => {
  const p = path.join(tmp, name)
  fs.writeFileSync(p, bytes)
  return p
}

function expectOneLineError(r: ReturnType<typeof run>, status: number): void {
  expect(r.status).toBe(status)
  expect(r.stdout).toBe('')
  expect(r.stderr.trim().split('\n')).toHaveLength(1)
  expect(r.stderr).not.toMatch(/^\s+at /m)
  expect(r.stderr).toMatch(/[\u4e00-\u9fff]/)
  expect(r.stderr).toMatch(/[a-z]{4,}/)
}

describe('split CLI', { timeout: 60_000 }, () => {
  it('should print the JSON of the seed and exit 0', () => {
    const r = run([path.join(SHARED_FIXTURES, 'seed-roundup.txt')])
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).entries).toHaveLength(7)
  })
  it('should read stdin with - and indent with --pretty', () => {
    const r = run(['-', '--pretty'], '省人大代表、大通县委书记 刘波\n\n正文,内容。')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('\n  "title": null')
    expect(JSON.parse(r.stdout).entries[0].paragraphs).toEqual(['正文，内容。'])
  })
  it('should refuse empty, blank and binary input with exit 1 and one line', () => {
    expectOneLineError(run([file('empty.txt', '')]), 1)
    expectOneLineError(run([file('blank.txt', ' \n\u3000\n')]), 1)
    expectOneLineError(run([file('binary.bin', Buffer.from([0, 1, 2, 3, 0xff, 0x00, 0x7f]))]), 1)
    expectOneLineError(run(['-'], ''), 1)
  })
  it('should refuse bytes that are neither UTF-8 nor Chinese GB18030 with exit 1 naming the encoding', () => {
    const r = run([file('latin1.txt', Buffer.from('caf\xe9 cr\xe8me br\xfbl\xe9e', 'latin1'))])
    expectOneLineError(r, 1)
    expect(r.stderr).toMatch(/UTF-8/)
  })
  it('should decode a GBK / GB18030 file correctly', () => {
    // 省人大代表、大通县委书记 刘波 / 正文。 in GBK
    const gbk = Buffer.from('caa1c8cbb4f3b4fab1eda1a2b4f3cda8cfd8ceafcae9bcc720c1f5b2a80a0ad5fdcec4a1a3', 'hex')
    const r = run([file('gbk.txt', gbk)])
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).entries[0].speaker).toEqual({ name: '刘波', titles: ['省人大代表', '大通县委书记'] })
  })
  it('should exit 2 on usage errors with one line', () => {
    expectOneLineError(run([]), 2)
    expectOneLineError(run(['--bogus', 'x.txt']), 2)
    expectOneLineError(run([path.join(tmp, 'missing.txt')]), 2)
    expectOneLineError(run(['a.txt', 'b.txt']), 2)
  })
})
