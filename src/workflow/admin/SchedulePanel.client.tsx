'use client'
import { ScheduleForm } from './ScheduleForm.client'
import { ScheduleList } from './ScheduleList.client'
import { useSchedules } from './useSchedules'

type Props = { collectionSlug: string; id: number | string; language: 'zh' | 'en'; canSchedule: boolean }

/**
 * The schedule in the workflow panel, for editors: the pending publishes of this piece (listed
 * whatever its stage, so a schedule left on a piece sent back can still be cancelled) and,
 * while the piece is approved and ready, the form to add one.
 */
export const SchedulePanel = ({ collectionSlug, id, language, canSchedule }: Props) => {
  const schedules = useSchedules(collectionSlug, id)
  return (
    <>
      <ScheduleList language={language} schedules={schedules} />
      {canSchedule && <ScheduleForm language={language} onSchedule={schedules.add} />}
    </>
  )
}
