'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { useDeskTranslation } from '../../admin/useDeskTranslation'
import type { FieldChange } from '../changes/changesBetween'
import type { Piece } from '../changes/diffText'
import { STAGE_LABELS, type Stage } from '../stages'
import './ChangesSinceApproval.scss'

type Answer = { approved: { version: string | number; at: string; stage: Stage } | null; changes: FieldChange[] }

const Side = ({ pieces, side }: { pieces: Piece[] | null; side: 'before' | 'after' }) => (
  <td className={`nr-changes__side nr-changes__side--${side}`}>
    {pieces?.map((piece, index) =>
      piece.changed ? (
        side === 'before' ? <del key={index}>{piece.text}</del> : <ins key={index}>{piece.text}</ins>
      ) : (
        <span key={index}>{piece.text}</span>
      ),
    )}
  </td>
)

/**
 * What changed since the last approval, above the fields of an article or statement, beside
 * the workflow buttons where the editor approves: per field, the approved text left and the
 * text now right, removed words struck through, added words marked. Shown only when something
 * changed; the server decides who may see it (GET …/:id/changes, both versions readable).
 */
export const ChangesSinceApproval = () => {
  const { id, collectionSlug, data } = useDocumentInfo()
  const { config } = useConfig()
  const { t, i18n } = useDeskTranslation()
  const [answer, setAnswer] = useState<Answer | null>(null)
  const language = i18n.language === 'en' ? 'en' : 'zh'
  const updatedAt = data?.updatedAt as string | undefined

  useEffect(() => {
    if (typeof id !== 'number' || !collectionSlug) return
    const controller = new AbortController()
    fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/changes`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Answer>) : null))
      .then(setAnswer)
      .catch(() => {})
    return () => controller.abort()
    // Fetched again after each save (a new updatedAt), so the view follows the edits.
  }, [config.serverURL, config.routes.api, collectionSlug, id, updatedAt])

  if (!answer?.approved || answer.changes.length === 0) return null
  const at = new Date(answer.approved.at).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    hour12: false,
    timeZone: 'Asia/Shanghai',
  })
  const paragraph = (n: number | null) => (n === null ? '' : t('newsroom:changesParagraph', { n }))
  return (
    <section className="nr-changes" aria-label={t('newsroom:changesHeading')}>
      <h3 className="nr-changes__heading">{t('newsroom:changesHeading')}</h3>
      <p className="nr-changes__since">{t('newsroom:changesSince', { at, stage: STAGE_LABELS[answer.approved.stage]?.[language] ?? '' })}</p>
      {answer.changes.map((change) => {
        // Paragraph numbers only where there are paragraphs (body, intro), not beside a title.
        const numbered = change.rows.some((row) => (row.at.after ?? row.at.before ?? 1) > 1) || change.rows.length > 1
        return (
        <table key={change.field} className="nr-changes__field" data-field={change.field}>
          <caption>{change.label[language]}</caption>
          <thead>
            <tr>
              <th scope="col">{t('newsroom:changesBefore')}</th>
              <th scope="col">{t('newsroom:changesAfter')}</th>
              {numbered && <th scope="col" className="nr-changes__at" />}
            </tr>
          </thead>
          <tbody>
            {change.rows.map((row, index) => (
              <tr key={index} className="nr-changes__row">
                <Side pieces={row.before} side="before" />
                <Side pieces={row.after} side="after" />
                {numbered && <td className="nr-changes__at">{paragraph(row.at.after ?? row.at.before)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
        )
      })}
    </section>
  )
}
