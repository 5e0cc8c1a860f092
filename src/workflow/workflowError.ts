import { APIError } from 'payload'

/**
 * A refusal the person at the desk can act on: a public Chinese message, 403 unless said
 * otherwise. `data` is always set: Payload formats an error's message only when it has data
 * or a class name, and minified production bundles can leave the class nameless.
 */
export const workflowError = (message: string, status = 403, data: Record<string, unknown> = {}): APIError =>
  new APIError(message, status, data, true)
