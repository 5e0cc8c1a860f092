import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Local API for the site's server components and routes. Reads pass `overrideAccess: false`. */
export const getSitePayload = (): Promise<Payload> => getPayload({ config })
