'use client'

/**
 * Stands in for Payload's own Publish / Schedule / Unpublish controls on articles and
 * statements: the workflow panel in the sidebar is the one publish path (issue 15).
 */
export const NoPayloadPublish = () => null
