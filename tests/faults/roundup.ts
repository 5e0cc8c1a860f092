// Pasted roundups for the fault suites, in the seed's layout (as commitCrash.int.spec.ts uses):
// one headline, speaker line, body and byline per speaker. Every paste of a run has its own
// title. With `people: 'new'` it also has its own speakers and reporter, so each commit
// creates its own delegates and reporter (nothing is matched to an earlier paste) and a
// leftover of it can be counted; with `people: 'same'` every paste quotes the same people, so
// commits after the first match them and create only the article and its statements.
import crypto from 'node:crypto'

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'
const GIVEN = '明华强伟芳军静丽敏磊洋勇艳杰娟涛超霞平刚宁安和春秋冬晨晓云峰岩松柏竹梅兰菊荷雪霖'

/** A three-character name, distinct for every n below 20 × 40 × 40 = 32,000. */
const personName = (n: number) =>
  `${SURNAMES[n % SURNAMES.length]}${GIVEN[Math.floor(n / SURNAMES.length) % GIVEN.length]}${GIVEN[Math.floor(n / (SURNAMES.length * GIVEN.length)) % GIVEN.length]}`

export type Roundup = { title: string; text: string; speakers: number; reporter: string }

/** Makes pastes for one test file: `next(speakers)` returns a new, never-pasted roundup. */
export function roundupMaker({ people = 'new' }: { people?: 'new' | 'same' } = {}) {
  // Slugs carry the run's token: the test build's page cache is on disk, shared by every server.
  const run = crypto.randomBytes(3).toString('hex')
  let pastes = 0
  let names = 0
  return (speakers: number): Roundup => {
    const index = pastes++
    const first = people === 'same' ? 0 : names
    const byline = people === 'same' ? 0 : index
    if (first + speakers > 32_000 || byline >= GIVEN.length ** 2) throw new Error('roundupMaker: out of distinct names')
    names = first + speakers
    const title = `故障演练${run}x${index} 全省县委书记谈发展`
    const reporter = `欧阳${GIVEN[byline % GIVEN.length]}${GIVEN[Math.floor(byline / GIVEN.length)]}`
    const parts = [`# ${title}`]
    for (let i = 0; i < speakers; i++) {
      parts.push(
        `## 第${i + 1}位发言 抓落实促发展`,
        `省人大代表、某县委书记 ${personName(first + i)}`,
        `今年我们将围绕高质量发展这条主线，扎实推进各项工作，确保各项目标任务落到实处。第${i + 1}项举措已经部署。`,
        `(记者 ${reporter})`,
      )
    }
    return { title, text: parts.join('\n\n'), speakers, reporter }
  }
}
