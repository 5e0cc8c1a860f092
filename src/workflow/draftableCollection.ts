import type { CollectionConfig } from 'payload'

import { deleteNeverPublished } from '../access/deleteNeverPublished'
import { isStaff } from '../access/isStaff'
import { readOwnOrPublished } from '../access/readOwnOrPublished'
import { readOwnVersions } from '../access/readOwnVersions'
import { updateOwnUntilApproved } from '../access/updateOwnUntilApproved'
import type { ARTICLES, STATEMENTS } from '../constants'
import { previewURL } from '../delivery/previewURL'
import { revalidateAfterChange, revalidateAfterDelete } from '../delivery/revalidateAfterChange'
import { approvalField, submittedAtField } from '../fields/approvalField'
import { ownerField } from '../fields/ownerField'
import { publishedAtField, retractionField } from '../fields/retractionField'
import { changesSinceApprovalField, editorNotesField, reviewNoteField, stageField, workflowActionsField } from '../fields/stageField'
import { cascadeToStatementsAfterChange } from './cascadeToStatementsAfterChange'
import { changesSinceApprovalEndpoint } from './changesSinceApprovalEndpoint'
import { noteDraftSaveBeforeOperation } from './draftSaves'
import { notifyAfterChange } from './notifyAfterChange'
import { enforceWorkflowBeforeChange } from './enforceWorkflowBeforeChange'
import { publishPeopleAfterChange } from './publishPeopleAfterChange'
import { recordAuditAfterChange, recordAuditAfterDelete } from './recordAuditAfterChange'
import { refuseDeleteBeforeOperation } from './refuseDeleteBeforeOperation'
import { refuseUnreadyPublishBeforeChange } from './refuseUnreadyPublishBeforeChange'
import { refuseStaleApprovalBeforeValidate } from './refuseStaleApprovalBeforeValidate'
import { forgetLastSaveAfterDelete, recordLastSaveAfterChange, refuseStaleSaveBeforeValidate } from './refuseStaleSaves'

const NO_PAYLOAD_PUBLISH = 'newsroom/client#NoPayloadPublish'

type Options = { schedulePublish: boolean; cascadeToStatements: boolean; siteURL: string }

/**
 * What articles and statements share: drafts and versions, the editorial workflow, the
 * audit trail, the refusal of stale saves and the access rules by role (DESIGN.md section 3).
 */
export const draftableCollection = (
  config: Omit<CollectionConfig, 'access' | 'versions'>,
  { schedulePublish, cascadeToStatements, siteURL }: Options,
): CollectionConfig => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      // One publish path: the workflow panel (with its schedule) replaces Payload's own controls.
      edit: { ...config.admin?.components?.edit, PublishButton: NO_PAYLOAD_PUBLISH, UnpublishButton: NO_PAYLOAD_PUBLISH },
    },
    // Staff open the draft on the site through Next draft mode (never reachable by the public).
    preview: (doc) => previewURL(siteURL, config.slug, doc),
    livePreview: { url: ({ data }) => previewURL(siteURL, config.slug, data) ?? '' },
  },
  access: {
    read: readOwnOrPublished,
    readVersions: readOwnVersions,
    create: isStaff,
    update: updateOwnUntilApproved,
    delete: deleteNeverPublished,
  },
  endpoints: [...(config.endpoints || []), changesSinceApprovalEndpoint(config.slug as typeof ARTICLES | typeof STATEMENTS)],
  versions: { maxPerDoc: 50, drafts: { autosave: { interval: 2000 }, schedulePublish } },
  fields: [
    // First: the editor reads what changed before the fields themselves.
    changesSinceApprovalField,
    ...config.fields,
    stageField,
    workflowActionsField,
    // Right under the buttons: the notes are read where the piece is moved on (or returned).
    editorNotesField,
    reviewNoteField,
    publishedAtField,
    retractionField,
    ownerField,
    approvalField,
    submittedAtField,
  ],
  hooks: {
    ...config.hooks,
    beforeOperation: [noteDraftSaveBeforeOperation, refuseDeleteBeforeOperation, ...(config.hooks?.beforeOperation ?? [])],
    // First, so that a save made from a stale copy is refused before anything else runs.
    beforeValidate: [refuseStaleApprovalBeforeValidate, refuseStaleSaveBeforeValidate, ...(config.hooks?.beforeValidate ?? [])],
    beforeChange: [
      ...(config.hooks?.beforeChange ?? []),
      enforceWorkflowBeforeChange,
      // Only a collection whose pieces hold statements (articles) checks them before going public.
      ...(cascadeToStatements ? [refuseUnreadyPublishBeforeChange] : []),
    ],
    afterChange: [
      ...(config.hooks?.afterChange ?? []),
      recordLastSaveAfterChange,
      recordAuditAfterChange,
      ...(cascadeToStatements ? [cascadeToStatementsAfterChange] : []),
      notifyAfterChange,
      publishPeopleAfterChange,
      revalidateAfterChange,
    ],
    afterDelete: [...(config.hooks?.afterDelete ?? []), recordAuditAfterDelete, forgetLastSaveAfterDelete, revalidateAfterDelete],
  },
})
