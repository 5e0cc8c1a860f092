import type { Field } from 'payload'

import { STAGE_LABELS, STAGES } from '../workflow/stages'

/** The editorial stage; who may move it where is enforced by the workflow hook. */
export const stageField: Field = {
  name: 'stage',
  type: 'select',
  // Not `required`: that would make GraphQL clients send it; the hook always sets it.
  index: true,
  defaultValue: 'draft',
  label: { zh: '流程阶段', en: 'Stage' },
  options: STAGES.map((value) => ({ value, label: STAGE_LABELS[value] })),
  // Moved by the workflow buttons below it (which save the document itself), not edited by hand.
  admin: { position: 'sidebar', readOnly: true },
}

/** The workflow buttons in the sidebar (a UI field: no column). */
export const workflowActionsField: Field = {
  name: 'workflowActions',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: 'newsroom/client#WorkflowActions' } },
}

/** Editors' notes (comments) on the piece, read and written in its sidebar: a ui field, nothing stored. */
export const editorNotesField: Field = {
  name: 'editorNotes',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: 'newsroom/client#EditorNotesField' } },
}

/** What changed since the last approval, side by side, above the fields (a UI field: no column). */
export const changesSinceApprovalField: Field = {
  name: 'changesSinceApproval',
  type: 'ui',
  admin: { components: { Field: 'newsroom/client#ChangesSinceApproval' } },
}

/**
 * A note that goes with a stage change (required when an editor returns a piece). Written by the
 * workflow panel's return and shown in the notes box (one box for notes on the piece), so the
 * field itself is not drawn: a second text box beside the notes read as a second place to write.
 */
export const reviewNoteField: Field = {
  name: 'reviewNote',
  type: 'textarea',
  label: { zh: '审稿意见', en: 'Review note' },
  admin: { position: 'sidebar', hidden: true },
  access: { read: ({ req }) => Boolean(req.user) },
}
