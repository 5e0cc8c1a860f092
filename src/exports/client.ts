// Client components referenced by path from the admin (`newsroom/client#Name`).
export { BeforeLogin } from '../admin/BeforeLogin.client'
export { DeskIcon, DeskLogo } from '../admin/DeskLogo.client'
export { DeskLinks } from '../admin/DeskLinks.client'
export { ImportCountsCell } from '../import/admin/ImportCountsCell.client'
export { ImportReview } from '../import/admin/ImportReview.client'
export { PasteField } from '../import/admin/PasteField.client'
export { PositionCell } from '../admin/PositionCell.client'
export { WorkflowActions } from '../workflow/admin/WorkflowActions.client'
