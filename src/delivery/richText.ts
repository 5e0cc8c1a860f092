import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

type RichTextValue = { root: unknown; [k: string]: unknown } | null | undefined

const asState = (value: RichTextValue): SerializedEditorState | null =>
  value && typeof value === 'object' && value.root ? (value as unknown as SerializedEditorState) : null

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
