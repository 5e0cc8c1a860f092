/** The time zones the schedule offers; the paper's own first. */
export const SCHEDULE_ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'UTC'] as const

/** Minutes a zone is ahead of UTC at an instant (Asia/Shanghai: 480). */
const offsetMinutes = (instant: Date, zone: string): number => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant)
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const asUTC = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
  return Math.round((asUTC - instant.getTime()) / 60_000)
}

/**
 * The instant a wall-clock time names in a zone, whatever the browser's own zone:
 * `zonedTimeToDate('2026-12-02', '08:08', 'Asia/Shanghai')` → 2026-12-02T00:08:00.000Z.
 * Returns null for an incomplete or impossible date.
 */
export function zonedTimeToDate(date: string, time: string, zone: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const t = /^(\d{2}):(\d{2})$/.exec(time)
  if (!d || !t) return null
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]))
  if (Number.isNaN(wall)) return null
  // Two passes settle the offset across a daylight-saving change.
  let instant = wall - offsetMinutes(new Date(wall), zone) * 60_000
  instant = wall - offsetMinutes(new Date(instant), zone) * 60_000
  return new Date(instant)
}

/** `2026年12月2日 08:08` / `Dec 2, 2026 08:08` in the zone given, 24-hour (the desk's one format). */
export function formatZoned(instant: Date, zone: string, language: 'zh' | 'en'): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  const month = new Intl.DateTimeFormat('en-US', { timeZone: zone, month: 'numeric' }).format(instant)
  const clock = `${part('hour')}:${part('minute')}`
  return language === 'zh' ? `${part('year')}年${month}月${part('day')}日 ${clock}` : `${part('month')} ${part('day')}, ${part('year')} ${clock}`
}

/** The wall-clock date and time an instant shows in a zone: `{ date: '2026-12-02', time: '08:08' }`. */
export function dateToZonedTime(instant: Date, zone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(instant)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` }
}
