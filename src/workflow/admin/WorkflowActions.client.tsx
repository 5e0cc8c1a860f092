'use client'
import { Button, toast, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

import { roleOf } from '../../access/roleOf'
import { STAGE_LABELS, TRANSITIONS, type Stage } from '../stages'

const ACTION_LABELS: Record<string, string> = {
  submit: '提交审核',
  return: '退回',
  approve: '审核通过',
  reopen: '重新审核',
  publish: '立即发布',
  unpublish: '撤下',
  retract: '撤回（公开说明原因）',
  reinstate: '恢复发布',
}

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
    if (!response.ok) return toast.error(json?.errors?.[0]?.message ?? '操作失败')
    toast.success(`已${ACTION_LABELS[name] ?? '更新'}：现在是「${STAGE_LABELS[to].zh}」`)
    window.location.reload()
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">流程：{STAGE_LABELS[stage].zh}</p>
      {moves.some((m) => m.name === 'return' || m.name === 'retract') && (
        <textarea
          aria-label="退回意见或撤回原因"
          placeholder="退回意见 / 撤回原因"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          rows={2}
          style={{ width: '100%', marginBottom: 'calc(var(--base) / 2)' }}
        />
      )}
      {moves.map((move) => (
        <Button key={`${move.from}-${move.to}`} buttonStyle="secondary" size="small" disabled={busy} onClick={() => run(move.to, move.name)}>
          {ACTION_LABELS[move.name] ?? move.name}
        </Button>
      ))}
    </div>
  )
}
