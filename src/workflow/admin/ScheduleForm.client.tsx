'use client'
import { Button, toast } from '@payloadcms/ui'
import { useState } from 'react'

import { useDeskTranslation } from '../../admin/useDeskTranslation'
import { formatZoned } from '../zonedTime'
import { refusalMessage } from './refusalMessage'
import { defaultWallTime, ScheduleTimeFields, wallTimeToDate } from './ScheduleTimeFields.client'

type Schedule = (at: Date, zone: string) => Promise<{ ok: true } | { ok: false; message: string }>

/**
 * The workflow's schedule: publish (never unpublish) at a date and a 24-hour time, in the
 * paper's zone unless changed. It queues Payload's own `schedulePublish` job (through
 * `/:id/schedules`, editors only), which runs the same rules as 立即发布 when its time comes
 * (approved content only, the article whole).
 */
export const ScheduleForm = ({ language, onSchedule }: { language: 'zh' | 'en'; onSchedule: Schedule }) => {
  const { t } = useDeskTranslation()
  const [value, setValue] = useState(defaultWallTime)
  const [busy, setBusy] = useState(false)

  const save = async () => {
    const when = wallTimeToDate(value)
    if (!when) return toast.error(t('newsroom:scheduleNoDate'))
    setBusy(true)
    const result = await onSchedule(when, value.zone)
    setBusy(false)
    if (!result.ok) return toast.error(result.message ? refusalMessage(result.message, language) : t('newsroom:actionFailed'))
    toast.success(t('newsroom:scheduleDone', { when: formatZoned(when, value.zone, language) }))
  }

  return (
    <fieldset className="nr-workflow__schedule">
      <legend>{t('newsroom:scheduleHeading')}</legend>
      <ScheduleTimeFields value={value} onChange={setValue} />
      <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={save}>
        {t('newsroom:scheduleAction')}
      </Button>
    </fieldset>
  )
}
