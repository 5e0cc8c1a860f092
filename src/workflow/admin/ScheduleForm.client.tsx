'use client'
import { Button, toast, useServerFunctions } from '@payloadcms/ui'
import { useState } from 'react'

import { useDeskTranslation } from '../../admin/useDeskTranslation'
import { formatZoned, SCHEDULE_ZONES, zonedTimeToDate } from '../zonedTime'

const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'))
const MINUTES = Array.from({ length: 12 }, (_, m) => String(m * 5).padStart(2, '0'))

/**
 * The workflow's schedule: publish (never unpublish) at a date and a 24-hour time, in the
 * paper's zone unless changed. It queues Payload's own `schedulePublish` job, which runs the
 * same rules as 立即发布 when its time comes (approved content only, the article whole).
 */
export const ScheduleForm = ({ collectionSlug, id, language }: { collectionSlug: string; id: number | string; language: 'zh' | 'en' }) => {
  const { schedulePublish } = useServerFunctions()
  const { t } = useDeskTranslation()
  const [date, setDate] = useState('')
  const [hour, setHour] = useState('08')
  const [minute, setMinute] = useState('00')
  const [zone, setZone] = useState<string>(SCHEDULE_ZONES[0])
  const [busy, setBusy] = useState(false)
  const [scheduled, setScheduled] = useState<string | null>(null)

  const save = async () => {
    const when = zonedTimeToDate(date, `${hour}:${minute}`, zone)
    if (!when) return toast.error(t('newsroom:scheduleNoDate'))
    setBusy(true)
    // cast: Payload's schedulePublish action types its slug and result loosely; our collections and its answer
    const request = Promise.resolve(schedulePublish({ type: 'publish', date: when, doc: { relationTo: collectionSlug as 'articles', value: String(id) }, timezone: zone }))
    // cast: Payload's schedulePublish action types its slug and result loosely; our collections and its answer
    const result = (await request.catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }))) as { error?: string } | undefined
    setBusy(false)
    if (result?.error) return toast.error(result.error)
    const label = formatZoned(when, zone, language)
    setScheduled(label)
    toast.success(t('newsroom:scheduleDone', { when: label }))
  }

  return (
    <fieldset className="nr-workflow__schedule">
      <legend>{t('newsroom:scheduleHeading')}</legend>
      <label>
        {t('newsroom:scheduleDate')}
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      <label>
        {t('newsroom:scheduleTime')}
        <span className="nr-workflow__clock">
          <select aria-label="hour" value={hour} onChange={(event) => setHour(event.target.value)}>
            {HOURS.map((h) => (
              <option key={h}>{h}</option>
            ))}
          </select>
          :
          <select aria-label="minute" value={minute} onChange={(event) => setMinute(event.target.value)}>
            {MINUTES.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </span>
      </label>
      <label>
        {t('newsroom:scheduleZone')}
        <select value={zone} onChange={(event) => setZone(event.target.value)}>
          {SCHEDULE_ZONES.map((z) => (
            <option key={z}>{z}</option>
          ))}
        </select>
      </label>
      <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={save}>
        {t('newsroom:scheduleAction')}
      </Button>
      {scheduled && <p className="nr-workflow__note">{t('newsroom:scheduleUpcoming', { when: scheduled })}</p>}
    </fieldset>
  )
}
