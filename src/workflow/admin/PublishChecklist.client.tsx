'use client'
import { useDeskTranslation } from '../../admin/useDeskTranslation'
import { describeStatement, type PublishChecklist as Checklist } from '../publishChecklist'

/**
 * Shown in place of 立即发布 while the article cannot go public whole: which statements are
 * still in review (and their stage), or that nothing is approved. Once it can be published,
 * it says what goes public with it and what stays back.
 */
export const PublishChecklist = ({ checklist, language }: { checklist: Checklist; language: 'zh' | 'en' }) => {
  const { t } = useDeskTranslation()
  const list = (items: Checklist['missing']) => (
    <ul className="nr-workflow__list">
      {items.map((s) => (
        <li key={s.id}>
          <a href={`/admin/collections/statements/${s.id}`}>{describeStatement(s, language)}</a>
        </li>
      ))}
    </ul>
  )
  if (!checklist.publishable) {
    return (
      <div className="nr-workflow__checklist" role="status">
        <p className="nr-workflow__checklist-heading">{t('newsroom:checklistHeading')}</p>
        {checklist.missing.length > 0 ? (
          <>
            <p>{t('newsroom:checklistMissing', { count: checklist.missing.length })}</p>
            {list(checklist.missing)}
          </>
        ) : (
          <p>{t('newsroom:checklistEmpty')}</p>
        )}
      </div>
    )
  }
  if (checklist.ready.length === 0 && checklist.heldBack.length === 0) return null
  return (
    <div className="nr-workflow__summary">
      <p>{t('newsroom:checklistReady', { count: checklist.ready.length })}</p>
      {checklist.heldBack.length > 0 && (
        <>
          <p>{t('newsroom:checklistHeldBack', { count: checklist.heldBack.length })}</p>
          {list(checklist.heldBack)}
        </>
      )}
    </div>
  )
}
