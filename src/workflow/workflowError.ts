import { APIError } from 'payload'

/** A refusal the person at the desk can act on: a public Chinese message, 403 unless said otherwise. */
export const workflowError = (message: string, status = 403, data: Record<string, unknown> | null = null): APIError =>
  new APIError(message, status, data, true)
