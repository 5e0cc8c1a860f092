import fs from 'node:fs'
import path from 'node:path'

export const seed = fs.readFileSync(path.resolve(import.meta.dirname, '../../../shared/fixtures/seed-roundup.txt'), 'utf8')

/**
 * A paste of about `bytes` UTF-8 bytes: copies of the seed roundup, each with its own heading (`tag` keeps pastes apart).
 * Sizes are counted per piece as it is added: measuring the whole text on every step made a 2 MB
 * paste take 30–100 s on a busy machine, most of its test's time.
 */
export function bigPaste(bytes: number, tag: string): string {
  const pieces: string[] = []
  let size = 0
  const add = (piece: string) => {
    pieces.push(piece)
    size += Buffer.byteLength(piece)
  }
  const seedBytes = Buffer.byteLength(seed)
  for (let i = 1; size < bytes - seedBytes; i++) add(`${seed.replace('县区委书记', `${tag}第${i}组县区委书记`)}\n\n`)
  while (size < bytes) add('代表说：“发展很快。”\n')
  return pieces.join('')
}
