// Client components referenced by path from the admin (`newsroom/client#Name`).
export { ImportReview } from '../import/admin/ImportReview.client'
export { WorkflowActions } from '../workflow/admin/WorkflowActions.client'
