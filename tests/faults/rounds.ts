// Shared by the fault suites: how many rounds, when to kill, and the figures they print.

/** Rounds per fault suite: `NEWSROOM_FAULT_ROUNDS` (default 20; `npm test` sets 3). */
export function faultRounds(): number {
  const raw = process.env.NEWSROOM_FAULT_ROUNDS
  if (raw === undefined || raw === '') return 20
  const rounds = Number(raw)
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`NEWSROOM_FAULT_ROUNDS must be a positive integer, not ${JSON.stringify(raw)}`)
  return rounds
}

/**
 * Kill delays for `rounds` rounds, as fractions of an uninterrupted write's duration: evenly
 * spread from early (10 %) to past its end (125 %), so some kills land before the commit and
 * some after, then dealt out of order (a stride coprime with the count) so that early and late
 * kills alternate rather than growing round by round. Three rounds give 10 %, 68 % and 125 %.
 */
export function killFractions(rounds: number, { from = 0.1, to = 1.25 } = {}): number[] {
  const spread = Array.from({ length: rounds }, (_, i) => (rounds === 1 ? (from + to) / 2 : from + ((to - from) * i) / (rounds - 1)))
  let stride = Math.max(1, Math.round(rounds * 0.38))
  while (gcd(stride, rounds) !== 1) stride++
  return spread.map((_, i) => spread[(i * stride) % rounds]!)
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))

/**
 * How long an uninterrupted write takes: the median of the last five measured (the first on a
 * fresh server, then each one redone in full on a restarted server, which is the same
 * situation as a round's). On a machine shared with other work writes speed up and slow
 * down; the kill delays follow them rather than one early measurement.
 */
export function writeDuration(first: number) {
  const measured = [first]
  return {
    add: (ms: number) => void measured.push(ms),
    current: () => median(measured.slice(-5)),
    measured: () => [...measured],
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Milliseconds since `started` (a `performance.now()`), rounded. */
export const since = (started: number) => Math.round(performance.now() - started)

/** The middle value (the lower of the two middle ones for an even count). */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!

/** p50 and max of a list of durations in ms (`-` when empty). */
export const p50max = (values: number[]): string => (values.length ? `p50 ${median(values)} ms, max ${Math.max(...values)} ms` : '-')

/** Prints a suite's figures as one block: a title, `key: value` lines, then a table of rounds. */
export function printFigures(title: string, summary: Record<string, string | number>, rows: Record<string, string | number>[]): void {
  const lines = [`── ${title} ──`, ...Object.entries(summary).map(([key, value]) => `${key}: ${value}`)]
  if (rows.length) {
    const columns = Object.keys(rows[0]!)
    const width = (column: string) => Math.max(column.length, ...rows.map((row) => String(row[column] ?? '').length))
    const line = (cells: (column: string) => string) => columns.map((column) => cells(column).padEnd(width(column))).join('  ')
    lines.push(line((column) => column), ...rows.map((row) => line((column) => String(row[column] ?? ''))))
  }
  console.log(lines.join('\n'))
}

/**
 * The figures of a suite that kills the server during a write (`commit`, `publish`): the
 * write's size and duration, the kill delays, how the rounds came out, restarts and redos.
 */
export function printKillRounds(
  title: string,
  figures: {
    /** The write cut short, and its plural: ['commit', 'commits']. */
    write: [one: string, many: string]
    size: [label: string, value: number]
    rounds: number
    durations: number[]
    restarts: number[]
    redone: number[]
    violations: string[]
    rows: Record<string, string | number>[]
  },
): void {
  const { write, size, rounds, durations, restarts, redone, violations, rows } = figures
  const outcomes = (name: string) => rows.filter((row) => row.outcome === name).length
  printFigures(
    title,
    {
      rounds: `${rows.length} of ${rounds}`,
      [size[0]]: size[1],
      [`uninterrupted ${write[1]}`]: `${p50max(durations)} (the first on a fresh server, then each redone in full)`,
      'kill delays': rows.map((row) => String(row['kill at']).split(' ')[0]).join(', ') + ' ms',
      'killed before the commit (rolled back)': outcomes('rolled back'),
      'killed after the commit (completed)': outcomes('completed'),
      'half-written': outcomes('partial'),
      'server restart': p50max(restarts),
      [`${write[0]} again`]: p50max(redone),
      'invariant violations': violations.length,
    },
    rows,
  )
  if (violations.length) console.log(violations.join('\n'))
}
