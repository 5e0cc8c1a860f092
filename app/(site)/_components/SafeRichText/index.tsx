import { RichText } from '@payloadcms/richtext-lexical/react'

import { asState } from 'newsroom/site'

/** Stored rich text as the site prints it: never a `javascript:` or `data:` link, even one that reached the database. */
export const SafeRichText = ({ className, data }: { className?: string; data: unknown }) => {
  const state = asState(data)
  return state ? <RichText className={className} data={state} /> : null
}
