'use client'
import { Button, toast, useAuth, useConfig, useDocumentInfo, useForm, useFormFields, useFormModified } from '@payloadcms/ui'
import { useState } from 'react'

import { roleOf } from '../../access/roleOf'
import type { DeskTranslationKeys } from '../../admin/translations'
import { useDeskTranslation } from '../../admin/useDeskTranslation'
import { STAGE_LABELS, stageOf, TRANSITIONS, type Stage } from '../stages'
import { PublishChecklist } from './PublishChecklist.client'
import { refusalMessage } from './refusalMessage'
import { SchedulePanel } from './SchedulePanel.client'
import { useStatementChecklist } from './useStatementChecklist'
import './WorkflowActions.scss'

/** Moves that take the piece forward: drawn as the primary buttons. */
const FORWARD = new Set(['submit', 'approve', 'publish', 'reinstate'])

/**
 * The sidebar's workflow panel, the one publish path for articles and statements (Payload's
 * own Publish and schedule controls are hidden): the moves the current user may make from the
 * current stage. Each saves the stage on the document itself (not a draft), so the server's
 * rules and the audit trail apply; the server refuses anything the buttons would not offer.
 *
 * Unsaved edits are saved first (as a draft, like autosave), then the move is made on what was
 * just saved; the form is then marked clean so that autosave has nothing left to write over it.
 * Without unsaved edits, the move sends the `updatedAt` of the version on screen: an approval is
 * of what the editor read, and the server refuses it (409) when a newer version exists.
 *
 * On an article, 立即发布 gives way to a checklist while a statement is still in review or none
 * is approved (the server refuses such a publish anyway).
 */
export const WorkflowActions = () => {
  const { user } = useAuth()
  const { id, collectionSlug, data } = useDocumentInfo()
  const { config } = useConfig()
  const { submit, setModified } = useForm()
  const modified = useFormModified()
  const stage = stageOf(useFormFields(([fields]) => fields.stage?.initialValue)) ?? undefined
  const checklist = useStatementChecklist(collectionSlug, id)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const { t, i18n } = useDeskTranslation()
  const language = i18n.language === 'en' ? 'en' : 'zh'
  // cast: the admin's user and translation keys are untyped in the client; keys are our own
  const actionLabel = (name: string) => t(`newsroom:action_${name}` as DeskTranslationKeys)
  // cast: the admin's user and translation keys are untyped in the client; keys are our own
  const role = roleOf(user as { roles?: unknown })
  if (!id || !stage || !role || !collectionSlug) return null
  const blocked = checklist !== null && !checklist.publishable
  const moves = TRANSITIONS.filter((t) => t.from === stage && t.roles.includes(role)).filter((m) => !(m.name === 'publish' && blocked))
  const canPublish = TRANSITIONS.some((t) => t.from === stage && t.name === 'publish' && t.roles.includes(role))
  const api = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}`

  const run = async (to: Stage, name: string) => {
    setBusy(true)
    const body: Record<string, unknown> = { stage: to }
    if (modified) {
      toast.info(t('newsroom:savingFirst'))
      await submit({ action: `${api}?draft=true`, method: 'PATCH', overrides: { _status: 'draft' }, skipValidation: true, disableSuccessStatus: true })
    } else {
      body.updatedAt = data?.updatedAt
    }
    if (name === 'return') body.reviewNote = note
    if (name === 'retract') body.retraction = { reason: note }
    // depth=0: only the errors of the answer are read (the page reloads), so Payload need not
    // populate the article's statements and people into it, a dozen more queries under load.
    const response = await fetch(`${api}?depth=0`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    const json = await response.json().catch(() => ({}))
    setBusy(false)
    const message: unknown = json?.errors?.[0]?.message
    if (!response.ok) return toast.error(typeof message === 'string' ? refusalMessage(message, language) : t('newsroom:actionFailed'))
    setModified(false)
    toast.success(t('newsroom:actionDone', { action: actionLabel(name), stage: STAGE_LABELS[to][language] }))
    window.location.reload()
  }

  const pendingStatements = checklist?.missing.length ?? 0
  return (
    <div className="field-type nr-workflow">
      <p className="field-label nr-workflow__stage">{t('newsroom:stage', { stage: STAGE_LABELS[stage][language] })}</p>
      {moves.some((m) => m.name === 'return' || m.name === 'retract') && (
        <textarea
          className="nr-workflow__note-input"
          aria-label={t('newsroom:notePlaceholder')}
          placeholder={t('newsroom:notePlaceholder')}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          rows={2}
        />
      )}
      {moves.some((m) => m.name === 'approve') && pendingStatements > 0 && (
        <p className="nr-workflow__note">{t('newsroom:approveIncludes', { count: pendingStatements })}</p>
      )}
      <div className="nr-workflow__buttons">
        {moves.map((move) => (
          <Button
            key={`${move.from}-${move.to}`}
            buttonStyle={FORWARD.has(move.name) ? 'primary' : 'secondary'}
            size="medium"
            disabled={busy}
            onClick={() => run(move.to, move.name)}
          >
            {actionLabel(move.name)}
          </Button>
        ))}
      </div>
      {canPublish && checklist && <PublishChecklist checklist={checklist} language={language} />}
      {(role === 'editor' || role === 'admin') && <SchedulePanel collectionSlug={collectionSlug} id={id} language={language} canSchedule={canPublish && stage === 'approved' && !blocked} />}
    </div>
  )
}
