import { APIError } from 'payload'

/** A refusal the person at the desk can act on: 403 with a public Chinese message. */
export const workflowError = (message: string, status = 403): APIError => new APIError(message, status, null, true)
