'use client'
import { Link, useConfig } from '@payloadcms/ui'

import { ARTICLES } from '../constants'
import { formatZoned } from '../workflow/zonedTime'
import { STAGE_LABELS, type Stage, stageOf } from '../workflow/stages'
import { type QueueRow, useDeskQueues } from './useDeskQueues'
import { useDeskTranslation } from './useDeskTranslation'
import './desk.scss'

/**
 * The desk's home under its links: 待我审核 (editors), 我的稿件 with their stages, today's
 * scheduled pieces, and pieces returned with the editor's note.
 */
export const DeskHome = () => {
  const queues = useDeskQueues()
  const { t, i18n } = useDeskTranslation()
  const language = i18n.language === 'en' ? 'en' : 'zh'
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  if (!queues) return null
  const href = (row: QueueRow) => `${admin}/collections/${ARTICLES}/${row.id}`
  const stage = (row: QueueRow) => STAGE_LABELS[stageOf(row.stage) ?? 'draft'][language]
  const panel = (key: string, title: string, rows: QueueRow[], total: number, detail: (row: QueueRow) => string | null | undefined) => (
    <section className="nr-home__panel" data-queue={key}>
      <h3>
        {title} <span className="nr-home__count">{total}</span>
      </h3>
      {rows.length === 0 ? (
        <p className="nr-home__empty">{t('newsroom:homeNothing')}</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={row.id}>
              <Link href={href(row)}>{row.title || t('newsroom:untitled')}</Link>
              {detail(row) && <span className="nr-home__detail">{detail(row)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
  return (
    <div className="nr-home">
      {queues.toReview && panel('review', t('newsroom:homeToReview'), queues.toReview.docs, queues.toReview.total, () => null)}
      {panel('mine', t('newsroom:homeMine'), queues.mine.docs, queues.mine.total, stage)}
      {panel('scheduled', t('newsroom:homeScheduled'), queues.scheduled, queues.scheduled.length, (row) => (row.at ? formatZoned(new Date(row.at), 'Asia/Shanghai', language) : null))}
      {panel('returned', t('newsroom:homeReturned'), queues.returned.docs, queues.returned.total, (row) => row.reviewNote)}
    </div>
  )
}
