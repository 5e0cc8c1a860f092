import { draftMode, headers } from 'next/headers'

import { hasRole, publicReader, type Reader, staffReader } from 'newsroom/site'
import { getSitePayload } from './sitePayload'

/**
 * The public reader, or, in draft mode (entered only through /preview by signed-in staff), the
 * member of staff the request is authenticated as. The user is checked again on every
 * request: a draft-mode cookie alone shows nothing unpublished.
 */
export const getSiteReader = async (): Promise<Reader> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return publicReader
  const payload = await getSitePayload()
  const { user } = await payload.auth({ headers: await headers() })
  return user && hasRole(user, 'admin', 'editor', 'reporter') ? staffReader(user) : publicReader
}
