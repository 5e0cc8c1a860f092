import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { hasRole } from 'newsroom/site'
import { getSitePayload } from '../_lib/sitePayload'

/**
 * Staff preview of drafts: /preview?path=/articles/x enters Next draft mode and goes there;
 * /preview?exit=1 leaves it. Only a signed-in member of staff (Payload session cookie) gets
 * in; anyone else gets a 404, and pages check the user again on every draft-mode request.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const { user } = await (await getSitePayload()).auth({ headers: request.headers })
  const mode = await draftMode()
  if (url.searchParams.has('exit')) {
    mode.disable()
    redirect('/')
  }
  if (!user || !hasRole(user, 'admin', 'editor', 'reporter')) return new Response('Not found', { status: 404 })
  const path = url.searchParams.get('path') ?? '/'
  // Same-site paths only: `/articles/x`, never `//evil.example` or `https://…`.
  if (!/^\/(?!\/)[^\s\\]*$/.test(path)) return new Response('Bad path', { status: 400 })
  mode.enable()
  redirect(path)
}
