'use client'
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { ARTICLES, IMPORTS, STATEMENTS } from '../constants'
import { EditorNotes, type NoteTarget } from './EditorNotes.client'

/** The import an article was committed from (whose notes join the article's thread), if the user may read it. */
const useImportOf = (collectionSlug: string | undefined, id: unknown): number | null => {
  const { config } = useConfig()
  const [importId, setImportId] = useState<number | null>(null)
  useEffect(() => {
    if (collectionSlug !== ARTICLES || typeof id !== 'number') return
    const query = new URLSearchParams({ 'where[article][equals]': String(id), limit: '1', depth: '0', 'select[article]': 'true' })
    fetch(`${config.serverURL}${config.routes.api}/${IMPORTS}?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<{ docs: { id: number }[] }>) : { docs: [] }))
      .then(({ docs }) => setImportId(docs[0]?.id ?? null))
      .catch(() => {})
  }, [config.serverURL, config.routes.api, collectionSlug, id])
  return importId
}

/**
 * The one notes box in an article's or statement's edit view (a sidebar ui field); none before
 * the first save. It also shows the editor's note of the last return while the piece is a draft.
 */
export const EditorNotesField = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const stage = useFormFields(([fields]) => fields.stage?.initialValue) as string | undefined
  const reviewNote = useFormFields(([fields]) => fields.reviewNote?.initialValue) as string | null | undefined
  const importId = useImportOf(collectionSlug, id)
  if (typeof id !== 'number' || (collectionSlug !== ARTICLES && collectionSlug !== STATEMENTS)) return null
  const also: NoteTarget[] = importId ? [{ relationTo: IMPORTS, value: importId }] : []
  return <EditorNotes target={{ relationTo: collectionSlug, value: id }} also={also} returnNote={stage === 'draft' ? reviewNote : null} />
}
