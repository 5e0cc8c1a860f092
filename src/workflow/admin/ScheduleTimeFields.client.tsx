'use client'
import { useDeskTranslation } from '../../admin/useDeskTranslation'
import { SCHEDULE_ZONES, zonedTimeToDate } from '../zonedTime'

const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'))
const MINUTES = Array.from({ length: 12 }, (_, m) => String(m * 5).padStart(2, '0'))

export type WallTime = { date: string; hour: string; minute: string; zone: string }

export const defaultWallTime = (): WallTime => ({ date: '', hour: '08', minute: '00', zone: SCHEDULE_ZONES[0] })

/** The instant a picked wall time names in its zone, or null while the date is missing. */
export const wallTimeToDate = ({ date, hour, minute, zone }: WallTime): Date | null => zonedTimeToDate(date, `${hour}:${minute}`, zone)

/** Date, a 24-hour clock in 5-minute steps, and the zone (the paper's first): the schedule's pickers. */
export const ScheduleTimeFields = ({ value, onChange }: { value: WallTime; onChange: (next: WallTime) => void }) => {
  const { t } = useDeskTranslation()
  const set = (key: keyof WallTime) => (event: { target: { value: string } }) => onChange({ ...value, [key]: event.target.value })
  return (
    <>
      <label>
        {t('newsroom:scheduleDate')}
        <input type="date" value={value.date} onChange={set('date')} />
      </label>
      <label>
        {t('newsroom:scheduleTime')}
        <span className="nr-workflow__clock">
          <select aria-label="hour" value={value.hour} onChange={set('hour')}>
            {HOURS.map((h) => (
              <option key={h}>{h}</option>
            ))}
          </select>
          :
          <select aria-label="minute" value={value.minute} onChange={set('minute')}>
            {MINUTES.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </span>
      </label>
      <label>
        {t('newsroom:scheduleZone')}
        <select value={value.zone} onChange={set('zone')}>
          {SCHEDULE_ZONES.map((z) => (
            <option key={z}>{z}</option>
          ))}
        </select>
      </label>
    </>
  )
}
