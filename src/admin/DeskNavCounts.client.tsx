'use client'
import { Link, useConfig } from '@payloadcms/ui'

import { ARTICLES } from '../constants'
import { useDeskQueues } from './useDeskQueues'
import { useDeskTranslation } from './useDeskTranslation'

/** Counts in the admin nav: 待我审核 (editors) and 我的稿件, each a link to its list. */
export const DeskNavCounts = () => {
  const queues = useDeskQueues()
  const { t } = useDeskTranslation()
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  if (!queues) return null
  const list = `${admin}/collections/${ARTICLES}`
  return (
    <div className="nr-nav-counts">
      {queues.toReview && (
        <Link className="nr-nav-counts__link" href={`${list}?where[stage][equals]=in_review`}>
          {t('newsroom:homeToReview')} <span className="nr-home__count">{queues.toReview.total}</span>
        </Link>
      )}
      <Link className="nr-nav-counts__link" href={list}>
        {t('newsroom:homeMine')} <span className="nr-home__count">{queues.mine.total}</span>
      </Link>
    </div>
  )
}
