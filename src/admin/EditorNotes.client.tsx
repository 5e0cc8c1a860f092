'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { COMMENTS } from '../constants'
import { useDeskTranslation } from './useDeskTranslation'
import './desk.scss'

type Target = { relationTo: 'articles' | 'statements'; value: number }
type Note = { id: number; body: string; resolved?: boolean | null; createdAt: string; author?: { name?: string | null } | number | null }

/**
 * Editors' notes (the comments collection) on one article or statement: the list, oldest
 * first, and a box to add one. Through REST with the user's own access, so a reporter sees the
 * notes on their own pieces and writes there, as the collection's rules say.
 */
export const EditorNotes = ({ target }: { target: Target }) => {
  const { config } = useConfig()
  const { t, i18n } = useDeskTranslation()
  const [notes, setNotes] = useState<Note[]>([])
  const [draft, setDraft] = useState('')
  const [failed, setFailed] = useState(false)
  const api = `${config.serverURL}${config.routes.api}/${COMMENTS}`

  const load = useCallback(async () => {
    const query = new URLSearchParams({
      'where[doc.relationTo][equals]': target.relationTo,
      'where[doc.value][equals]': String(target.value),
      sort: 'createdAt',
      depth: '1',
      limit: '100',
    })
    const response = await fetch(`${api}?${query}`, { credentials: 'include' })
    // cast: the JSON of our own REST list, as the server beside it writes it
    if (response.ok) setNotes(((await response.json()) as { docs: Note[] }).docs)
  }, [api, target.relationTo, target.value])

  useEffect(() => {
    void load().catch(() => {})
  }, [load])

  const add = async () => {
    const body = draft.trim()
    if (!body) return
    const response = await fetch(api, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ doc: target, body }),
    })
    setFailed(!response.ok)
    if (!response.ok) return
    setDraft('')
    await load()
  }

  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', hour12: false })
  return (
    <section className="nr-notes" aria-label={t('newsroom:notes')}>
      <h4 className="nr-notes__heading">{t('newsroom:notes')}</h4>
      {notes.length === 0 && <p className="nr-notes__empty">{t('newsroom:notesEmpty')}</p>}
      <ol className="nr-notes__list">
        {notes.map((note) => (
          <li key={note.id} className={note.resolved ? 'nr-notes__note nr-notes__note--resolved' : 'nr-notes__note'}>
            <span className="nr-notes__meta">
              {typeof note.author === 'object' && note.author?.name ? `${note.author.name} · ` : ''}
              {when(note.createdAt)}
            </span>
            <span className="nr-notes__body">{note.body}</span>
          </li>
        ))}
      </ol>
      <textarea className="nr-notes__input" rows={3} value={draft} placeholder={t('newsroom:notesPlaceholder')} onChange={(event) => setDraft(event.target.value)} />
      {failed && <p className="nr-notes__error">{t('newsroom:notesFailed')}</p>}
      <Button buttonStyle="secondary" size="small" disabled={!draft.trim()} onClick={() => void add()}>
        {t('newsroom:notesAdd')}
      </Button>
    </section>
  )
}
