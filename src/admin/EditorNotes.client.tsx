'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { COMMENTS } from '../constants'
import { useDeskTranslation } from './useDeskTranslation'
import './desk.scss'

export type NoteTarget = { relationTo: 'articles' | 'statements' | 'imports'; value: number }
type Note = {
  id: number
  body: string
  resolved?: boolean | null
  createdAt: string
  author?: { name?: string | null } | number | null
  doc?: { relationTo?: string } | null
}

type Props = {
  /** Where a new note goes. */
  target: NoteTarget
  /** Other documents whose notes belong in the same thread (an article's import), listed, never written to. */
  also?: NoteTarget[]
  /** The editor's note of the last return, shown on top while the piece is back with its reporter. */
  returnNote?: string | null
}

/**
 * Editors' notes (the comments collection) on one article, statement or import: the list, oldest
 * first, and the one box to add one. Through REST with the user's own access, so a reporter sees
 * the notes on their own pieces and imports and writes there, as the collection's rules say.
 * Notes written on an import before it was committed stay in its article's thread.
 */
export const EditorNotes = ({ target, also = [], returnNote }: Props) => {
  const { config } = useConfig()
  const { t, i18n } = useDeskTranslation()
  const [notes, setNotes] = useState<Note[]>([])
  const [draft, setDraft] = useState('')
  const [failed, setFailed] = useState(false)
  const api = `${config.serverURL}${config.routes.api}/${COMMENTS}`
  const alsoKey = also.map((on) => `${on.relationTo}:${on.value}`).join(',')

  const load = useCallback(async () => {
    const query = new URLSearchParams({ sort: 'createdAt', depth: '1', limit: '100' })
    ;[target, ...also].forEach((on, index) => {
      query.set(`where[or][${index}][and][0][doc.relationTo][equals]`, on.relationTo)
      query.set(`where[or][${index}][and][1][doc.value][equals]`, String(on.value))
    })
    const response = await fetch(`${api}?${query}`, { credentials: 'include' })
    // cast: the JSON of our own REST list, as the server beside it writes it
    if (response.ok) setNotes(((await response.json()) as { docs: Note[] }).docs)
  }, [api, target.relationTo, target.value, alsoKey])

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
      {returnNote && (
        <p className="nr-notes__returned">
          <strong>{t('newsroom:notesReturned')}</strong> {returnNote}
        </p>
      )}
      {notes.length === 0 && !returnNote && <p className="nr-notes__empty">{t('newsroom:notesEmpty')}</p>}
      <ol className="nr-notes__list">
        {notes.map((note) => (
          <li key={note.id} className={note.resolved ? 'nr-notes__note nr-notes__note--resolved' : 'nr-notes__note'}>
            <span className="nr-notes__meta">
              {typeof note.author === 'object' && note.author?.name ? `${note.author.name} · ` : ''}
              {when(note.createdAt)}
              {note.doc?.relationTo === 'imports' && target.relationTo !== 'imports' ? ` · ${t('newsroom:notesOnImport')}` : ''}
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
