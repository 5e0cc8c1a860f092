import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { stripUnsafeLinks } from '../security/safeLinks'
import { isRecord } from '../utilities/isRecord'

type RichTextValue = unknown

/** The stored value as Lexical state, with no `javascript:`/`data:` link (whatever reached the database). */
export const asState = (value: RichTextValue): SerializedEditorState | null =>
  // cast: checked for its root only: Lexical's renderer tolerates any node inside, as the admin stored it
  isRecord(value) && isRecord(value.root) ? stripUnsafeLinks(value as unknown as SerializedEditorState) : null

/** Lexical rich text as HTML for feeds and ninjs (no wrapper div); '' when empty. */
export const richTextToHTML = (value: RichTextValue): string => {
  const data = asState(value)
  return data ? convertLexicalToHTML({ data, disableContainer: true }) : ''
}

/** Lexical rich text as plain text (summaries, character counts); '' when empty. */
export const richTextToPlain = (value: RichTextValue): string => {
  const data = asState(value)
  return data ? convertLexicalToPlaintext({ data }).trim() : ''
}
