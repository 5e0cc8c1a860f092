import { ARTICLES } from '../constants'
import { articlePath, statementPath } from './paths'
import { absoluteURL } from './siteURL'

/**
 * The staff preview link for a draft, for `admin.preview` / `admin.livePreview.url` of Articles
 * and Statements: `/preview?path=/articles/x` enters Next draft mode for a signed-in user.
 */
export const previewURL = (collection: string, doc: { id?: number | string; slug?: string | null }): string | null => {
  const path = collection === ARTICLES ? (doc.slug ? articlePath(doc.slug) : null) : doc.id ? statementPath(doc.id) : null
  return path ? absoluteURL(`/preview?path=${encodeURIComponent(path)}`) : null
}
