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

/** A note that goes with a stage change (required when an editor returns a piece). */
export const reviewNoteField: Field = {
  name: 'reviewNote',
  type: 'textarea',
  label: { zh: '审稿意见', en: 'Review note' },
  admin: { position: 'sidebar', description: { zh: '退回稿件时必填，会写入审计记录', en: 'Required when returning a piece' } },
  access: { read: ({ req }) => Boolean(req.user) },
}
