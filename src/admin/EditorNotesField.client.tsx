'use client'
import { useDocumentInfo } from '@payloadcms/ui'

import { ARTICLES, STATEMENTS } from '../constants'
import { EditorNotes } from './EditorNotes.client'

/** The notes in an article's or statement's edit view (a sidebar ui field); none before the first save. */
export const EditorNotesField = () => {
  const { id, collectionSlug } = useDocumentInfo()
  if (typeof id !== 'number' || (collectionSlug !== ARTICLES && collectionSlug !== STATEMENTS)) return null
  return <EditorNotes target={{ relationTo: collectionSlug, value: id }} />
}
