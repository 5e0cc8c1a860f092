import fs from 'node:fs'
import path from 'node:path'

export const seed = fs.readFileSync(path.resolve(import.meta.dirname, '../../../shared/fixtures/seed-roundup.txt'), 'utf8')

/** A paste of about `bytes` UTF-8 bytes: copies of the seed roundup, each with its own heading (`tag` keeps pastes apart). */
export function bigPaste(bytes: number, tag: string): string {
  let text = ''
  for (let i = 1; Buffer.byteLength(text) < bytes - seed.length * 3; i++) text += `${seed.replace('县区委书记', `${tag}第${i}组县区委书记`)}\n\n`
  while (Buffer.byteLength(text) < bytes) text += '代表说：“发展很快。”\n'
  return text
}
