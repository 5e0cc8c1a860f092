import type { CollectionBeforeChangeHook } from 'payload'

import { findDelegatesNamed, titlesFit } from '../../../src/utilities/findDelegatesNamed'

type Title = { title?: string | null; organization?: string | null }

// `大通县委书记` and `西宁市大通县委书记` are compatible: one contains the other, or they share an organization.
const compatible = (a: Title, b: Title): boolean =>
  titlesFit([a.title?.trim() ?? ''], [b.title?.trim() ?? '']) || Boolean(a.organization && a.organization === b.organization)

/** A new delegate with the name and a compatible title of an existing one is flagged as a likely duplicate. */
export const flagLikelyDuplicatesBeforeChange: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'create' && data.name === originalDoc?.name && data.titles === undefined) return data
  const name = String(data.name ?? '').trim()
  if (!name) return data
  const docs = await findDelegatesNamed(req, name)
  const titles: Title[] = data.titles ?? originalDoc?.titles ?? []
  const duplicates = docs.filter(
    (other) => other.id !== originalDoc?.id && (titles.length === 0 || (other.titles ?? []).some((t) => titles.some((u) => compatible(t, u)))),
  )
  return { ...data, likelyDuplicates: duplicates.map((other) => other.id) }
}
