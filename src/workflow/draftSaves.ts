import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

// Payload tells its beforeOperation hooks whether an update saves a draft (`?draft=true`,
// autosave, `draft: true`) but not its change hooks: the flag is noted on the request, per document.
const key = (collection: string, id: unknown) => `newsroomDraftSave:${collection}:${id ?? '*'}`

export const noteDraftSaveBeforeOperation: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'update') return args
  const draft: unknown = 'draft' in args ? args.draft : undefined
  const id: unknown = 'id' in args ? args.id : undefined
  req.context[key(collection.slug, id)] = draft === true || draft === 'true'
  return args
}

/** Whether the running save of this document writes a draft version only (the public row stays). */
export const isDraftSave = (req: PayloadRequest, collection: string, id: unknown, status: unknown): boolean =>
  status === 'draft' && Boolean(req.context[key(collection, id)] ?? req.context[key(collection, undefined)])
