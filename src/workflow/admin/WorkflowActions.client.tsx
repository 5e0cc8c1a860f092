'use client'
import { Button, toast, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

import { roleOf } from '../../access/roleOf'
import type { DeskTranslationKeys } from '../../admin/translations'
import { useDeskTranslation } from '../../admin/useDeskTranslation'
import { STAGE_LABELS, TRANSITIONS, type Stage } from '../stages'
import { refusalMessage } from './refusalMessage'

/**
 * The sidebar's workflow buttons: the moves the current user may make from the current
 * stage. Each saves the stage on the document itself (not a draft), so the server's rules
 * and the audit trail apply; the server refuses anything the buttons would not offer.
 * Each also sends the `updatedAt` of the version on screen: an approval or publish is of what
 * the editor read, and the server refuses it (409, reload and review) when a newer version exists.
 */
export const WorkflowActions = () => {
  const { user } = useAuth()
  const { id, collectionSlug, data } = useDocumentInfo()
  const { config } = useConfig()
  const stage = useFormFields(([fields]) => fields.stage?.initialValue) as Stage | undefined
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const { t, i18n } = useDeskTranslation()
  const language = i18n.language === 'en' ? 'en' : 'zh'
  const actionLabel = (name: string) => t(`newsroom:action_${name}` as DeskTranslationKeys)
  const role = roleOf(user as { roles?: unknown })
  if (!id || !stage || !role) return null
  const moves = TRANSITIONS.filter((t) => t.from === stage && t.roles.includes(role))

  const run = async (to: Stage, name: string) => {
    setBusy(true)
    const body: Record<string, unknown> = { stage: to, updatedAt: data?.updatedAt }
    if (name === 'return') body.reviewNote = note
    if (name === 'retract') body.retraction = { reason: note }
    const response = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    const json = await response.json().catch(() => ({}))
    setBusy(false)
    const message: unknown = json?.errors?.[0]?.message
    if (!response.ok) return toast.error(typeof message === 'string' ? refusalMessage(message, language) : t('newsroom:actionFailed'))
    toast.success(t('newsroom:actionDone', { action: actionLabel(name), stage: STAGE_LABELS[to][language] }))
    window.location.reload()
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">{t('newsroom:stage', { stage: STAGE_LABELS[stage][language] })}</p>
      {moves.some((m) => m.name === 'return' || m.name === 'retract') && (
        <textarea
          aria-label={t('newsroom:notePlaceholder')}
          placeholder={t('newsroom:notePlaceholder')}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          rows={2}
          style={{ width: '100%', marginBottom: 'calc(var(--base) / 2)' }}
        />
      )}
      {moves.map((move) => (
        <Button key={`${move.from}-${move.to}`} buttonStyle="secondary" size="small" disabled={busy} onClick={() => run(move.to, move.name)}>
          {actionLabel(move.name)}
        </Button>
      ))}
    </div>
  )
}
