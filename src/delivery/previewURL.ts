import { ARTICLES } from '../constants'
import { articlePath, statementPath } from './paths'
import { absoluteURL } from './siteURL'

/** What Payload hands `admin.preview` and `livePreview.url`: the document's data, untyped. */
type PreviewDoc = Record<string, unknown> | undefined

const textOf = (value: unknown): string | null => (typeof value === 'string' || typeof value === 'number' ? String(value) : null)

/**
 * The staff preview link for a draft, for `admin.preview` / `admin.livePreview.url` of Articles
 * and Statements: `/preview?path=/articles/x` enters Next draft mode for a signed-in user.
 */
export const previewURL = (siteURL: string, collection: string, doc: PreviewDoc): string | null => {
  const slug = textOf(doc?.slug)
  const id = textOf(doc?.id)
  const path = collection === ARTICLES ? (slug ? articlePath(slug) : null) : id ? statementPath(id) : null
  return path ? absoluteURL(siteURL, `/preview?path=${encodeURIComponent(path)}`) : null
}
