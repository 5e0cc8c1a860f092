import config from '@payload-config'
import { after } from 'next/server'
import { getPayload, type Payload } from 'payload'

import { beginRender } from 'newsroom/site'

/**
 * The Local API for the site's server components and routes. Reads pass `overrideAccess: false`.
 * Each call counts as a render reading content until the response is done (and cached), so
 * that a publish committed meanwhile is revalidated again afterwards (src/delivery/renderGuard.ts).
 */
export const getSitePayload = (): Promise<Payload> => {
  const done = beginRender()
  try {
    after(done)
  } catch {
    done() // outside a request (nothing is cached)
  }
  return getPayload({ config })
}
