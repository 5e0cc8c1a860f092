'use client'
import { Button, toast } from '@payloadcms/ui'
import { useState } from 'react'

import { useDeskTranslation } from '../../admin/useDeskTranslation'
import type { PendingSchedule } from '../schedules/pendingSchedules'
import { dateToZonedTime, formatZoned, SCHEDULE_ZONES } from '../zonedTime'
import { refusalMessage } from './refusalMessage'
import { ScheduleTimeFields, type WallTime, wallTimeToDate } from './ScheduleTimeFields.client'
import type { useSchedules } from './useSchedules'

type Props = { language: 'zh' | 'en'; schedules: ReturnType<typeof useSchedules> }

const PAPER_ZONE = SCHEDULE_ZONES[0]

/** The row's own time as the pickers show it (minutes down to the picker's 5-minute step). */
const wallTimeOf = (row: PendingSchedule): WallTime => {
  const zone = row.zone ?? PAPER_ZONE
  const { date, time } = dateToZonedTime(new Date(row.at), zone)
  const [hour = '08', minute = '00'] = time.split(':')
  return { date, hour, minute: String(Math.floor(Number(minute) / 5) * 5).padStart(2, '0'), zone }
}

/**
 * The piece's pending scheduled publishes, each with its time in the desk's format
 * (`2026年12月2日 08:08`, in the zone it was set in), 修改时间 and 取消预约.
 */
export const ScheduleList = ({ language, schedules }: Props) => {
  const { t } = useDeskTranslation()
  const [editing, setEditing] = useState<{ id: PendingSchedule['id']; value: WallTime } | null>(null)
  const [busy, setBusy] = useState(false)
  if (!schedules.rows || schedules.rows.length === 0) return null

  const act = async (work: () => Promise<{ ok: boolean; message?: string }>, done: string) => {
    setBusy(true)
    const result = await work()
    setBusy(false)
    if (!result.ok) return toast.error(result.message ? refusalMessage(result.message, language) : t('newsroom:actionFailed'))
    setEditing(null)
    toast.success(done)
  }
  const move = (row: PendingSchedule, value: WallTime) => {
    const when = wallTimeToDate(value)
    if (!when) return toast.error(t('newsroom:scheduleNoDate'))
    return act(() => schedules.move(row.id, when, value.zone), t('newsroom:scheduleDone', { when: formatZoned(when, value.zone, language) }))
  }

  return (
    <div className="nr-workflow__pending" data-schedules>
      <p className="nr-workflow__pending-heading">{t('newsroom:schedulePending')}</p>
      <ul>
        {schedules.rows.map((row) => (
          <li key={row.id} data-schedule={row.id}>
            <span className="nr-workflow__pending-time">{formatZoned(new Date(row.at), row.zone ?? PAPER_ZONE, language)}</span>
            {row.zone && row.zone !== PAPER_ZONE && <span className="nr-workflow__pending-zone"> ({row.zone})</span>}
            {editing?.id === row.id ? (
              <div className="nr-workflow__pending-edit">
                <ScheduleTimeFields value={editing.value} onChange={(value) => setEditing({ id: row.id, value })} />
                <div className="nr-workflow__pending-actions">
                  <Button buttonStyle="primary" size="medium" disabled={busy} onClick={() => move(row, editing.value)}>
                    {t('newsroom:scheduleSaveTime')}
                  </Button>
                  <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={() => setEditing(null)}>
                    {t('newsroom:scheduleKeep')}
                  </Button>
                </div>
              </div>
            ) : (
              <div className="nr-workflow__pending-actions">
                <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={() => setEditing({ id: row.id, value: wallTimeOf(row) })}>
                  {t('newsroom:scheduleChange')}
                </Button>
                <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={() => act(() => schedules.cancel(row.id), t('newsroom:scheduleCancelled'))}>
                  {t('newsroom:scheduleCancel')}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
