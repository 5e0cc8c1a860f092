import type { FlattenedField, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

/** How a query uses a path: a filter is scoped by Payload to readable related documents; a sort is not. */
export type QueryUse = 'sort' | 'where'

type CollectionRead = boolean | Where

/** The caller's collection-level read access: true, a filter, or false. */
const readAccessOf = async (req: PayloadRequest, config: SanitizedCollectionConfig): Promise<CollectionRead> => {
  const read = config.access?.read
  if (!read) return Boolean(req.user)
  return (await read({ req })) ?? false
}

const fieldReadable = async (req: PayloadRequest, field: FlattenedField): Promise<boolean> => {
  if ('hidden' in field && field.hidden) return false
  const read = field.access?.read
  // Without the document: a rule that needs it (an owner's own value) refuses, which is the safe side.
  return read ? Boolean(await read({ req })) : true
}

/**
 * May the caller sort or filter `collection` by `path` (`owner.email`, `article.title`)? Each
 * segment must be a field the caller may read, and each relationship hop must land in a
 * collection the caller may read: wholly for a sort (ordering by a hidden document's value is
 * an oracle), at least in part for a filter (Payload adds the access filter to the hop).
 * Paths Payload does not know are left to Payload's own validation.
 */
export async function readablePath(req: PayloadRequest, collection: SanitizedCollectionConfig, path: string, use: QueryUse): Promise<boolean> {
  const segments = path.replace(/__/g, '.').split('.')
  let fields = collection.flattenedFields
  // findVersions queries `version.<field>` of the collection itself.
  if (segments[0] === 'version' && !fields.some((f) => f.name === 'version')) segments.shift()

  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1
    if (segment === 'id' || segment === '_id') return true
    const field = fields.find((f) => f.name === segment)
    if (!field) return true
    if (!(await fieldReadable(req, field))) return false
    if (last) return true
    switch (field.type) {
      case 'group':
      case 'tab':
      case 'array':
        fields = field.flattenedFields
        continue
      case 'relationship':
      case 'upload':
      case 'join': {
        const targets = field.type === 'join' ? [field.collection].flat() : [field.relationTo].flat()
        const polymorphic = targets.length > 1 || (field.type !== 'join' && Array.isArray(field.relationTo))
        const rest = segments.slice(i + 1)
        if (polymorphic && rest.length === 1 && (rest[0] === 'relationTo' || rest[0] === 'value')) return true
        if (!polymorphic && rest.length === 1 && rest[0] === 'id') return true
        for (const slug of targets) {
          const config = req.payload.collections[slug]?.config
          if (!config) return false
          const access = await readAccessOf(req, config)
          if (access === false || (access !== true && (use === 'sort' || polymorphic))) return false
        }
        if (polymorphic) return false // `doc.value.title`: not a query Payload scopes; refuse rather than guess
        fields = req.payload.collections[targets[0]!]!.config.flattenedFields
        continue
      }
      default:
        // json, richText, blocks…: their inner paths are data, not fields with access of their own.
        return true
    }
  }
  return true
}
