'use client'
import { useDocumentInfo, useField, useForm, useFormFields } from '@payloadcms/ui'
import { useCallback, useMemo, useRef, useState } from 'react'

import { EditorNotes } from '../../admin/EditorNotes.client'
import { useDeskTranslation } from '../../admin/useDeskTranslation'
import type { Repair, Warning } from '../../split'
import type { ImportDraft } from '../types'
import { DraftEditor } from './DraftEditor.client'
import { ReviewActions } from './ReviewActions.client'
import { SourcePane } from './SourcePane.client'
import './ImportReview.scss'
import { relationId } from '../../utilities/relationId'

const NONE: never[] = []

/**
 * The review screen of an import (the `review` ui field): counts and actions on top, the
 * source with every repair and warning in place on the left, the editable entries on the
 * right. Edits go into the hidden `split` field, so the document's Save persists them.
 */
export const ImportReview = ({ readOnly: readOnlyProp }: { readOnly?: boolean }) => {
  const { id, hasSavePermission } = useDocumentInfo()
  const { dispatchFields, setModified } = useForm()
  const { value: split, setValue } = useField<ImportDraft>({ path: 'split' })
  // cast: form state is untyped; these are the Imports collection's own fields
  const repairs = (useFormFields(([fields]) => fields.repairs?.value) as Repair[] | undefined) ?? NONE
  // cast: form state is untyped; these are the Imports collection's own fields
  const warnings = (useFormFields(([fields]) => fields.warnings?.value) as Warning[] | undefined) ?? NONE
  // cast: form state is untyped; these are the Imports collection's own fields
  const sourceText = useFormFields(([fields]) => fields.sourceText?.value ?? fields.rawText?.value) as string | undefined
  // cast: form state is untyped; these are the Imports collection's own fields
  const status = useFormFields(([fields]) => fields.status?.value) as string | undefined
  const article = relationId(useFormFields(([fields]) => fields.article?.value))
  const sourceRef = useRef<HTMLDivElement>(null)
  const [committedNow, setCommittedNow] = useState(false)
  const { t } = useDeskTranslation()

  const committed = committedNow || status === 'committed'
  const readOnly = Boolean(readOnlyProp) || committed || status === 'discarded' || hasSavePermission === false

  const onCommitted = useCallback(
    (articleId: number | string) => {
      setCommittedNow(true)
      dispatchFields({ type: 'UPDATE', path: 'status', value: 'committed', initialValue: 'committed' })
      dispatchFields({ type: 'UPDATE', path: 'article', value: articleId, initialValue: articleId })
      setModified(false)
    },
    [dispatchFields, setModified],
  )

  const locate = useCallback((offset: number) => {
    const box = sourceRef.current
    const marks = box?.querySelectorAll<HTMLElement>('[data-offset]') ?? []
    const target = Array.from(marks).find((mark) => Number(mark.dataset.offset) >= offset)
    if (!box || !target) return
    box.scrollTo({ top: target.offsetTop - 48, behavior: 'smooth' })
    target.classList.add('nr-source__flash')
    window.setTimeout(() => target.classList.remove('nr-source__flash'), 1600)
  }, [])

  // The draft's title is the import's title too (its name in lists, and the article's on commit).
  const edit = useCallback(
    (next: ImportDraft) => {
      if (next.title !== split?.title) dispatchFields({ type: 'UPDATE', path: 'title', value: next.title ?? '' })
      setValue(next)
    },
    [dispatchFields, setValue, split?.title],
  )

  const counts = useMemo(
    () => [
      ['entries', t('newsroom:entries'), split?.entries.length ?? 0],
      ['repairs', t('newsroom:repair'), repairs.length],
      ['warnings', t('newsroom:warnings'), warnings.length],
    ] as const,
    [split?.entries.length, repairs.length, warnings.length, t],
  )

  if (!id || !split) return null
  return (
    <div className="nr-review">
      <div className="nr-review__bar">
        <dl className="nr-review__counts">
          {counts.map(([key, label, n]) => (
            <div key={key} className={`nr-review__count nr-review__count--${key === 'warnings' && n > 0 ? 'warn' : 'plain'}`}>
              <dt>{label}</dt>
              <dd>{n}</dd>
            </div>
          ))}
        </dl>
        <ReviewActions id={id} layout={split.layout} committed={committed} discarded={status === 'discarded'} articleId={article} canCommit={!readOnly && split.entries.length > 0} onCommitted={onCommitted} />
      </div>
      <div className="nr-review__panes">
        <SourcePane text={sourceText ?? ''} repairs={repairs} warnings={warnings} containerRef={sourceRef} />
        <DraftEditor draft={split} onChange={edit} readOnly={readOnly} sourceText={sourceText ?? ''} locate={locate} />
      </div>
      {/* Notes start on the import; once committed, new ones go on its article, and the thread keeps the import's. */}
      {typeof id === 'number' && (
        <EditorNotes
          target={article ? { relationTo: 'articles', value: article } : { relationTo: 'imports', value: id }}
          also={article ? [{ relationTo: 'imports', value: id }] : []}
        />
      )}
    </div>
  )
}
