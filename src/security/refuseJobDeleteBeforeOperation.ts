import { type CollectionBeforeOperationHook, Forbidden } from 'payload'

import { canScheduleJobs } from '../access/canRunJobs'

/**
 * Deleting a job (a scheduled publish) is for editors, administrators and the job runner itself.
 * Payload's admin server function `schedule-publish` deletes the job named by `deleteID` through
 * the Local API with full access after checking only that the caller may use the admin: without
 * this, a reporter could cancel an editor's scheduled publish by its id (finding 18).
 */
export const refuseJobDeleteBeforeOperation: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'delete' && operation !== 'deleteByID') return args
  // No user: the job runner or the cron (its own access rule, canRunJobs, let it in).
  if (req.user && !canScheduleJobs({ req })) throw new Forbidden(req.t)
  return args
}
