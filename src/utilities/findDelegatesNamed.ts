import type { PayloadRequest } from 'payload'

import { DELEGATES } from '../constants'

/** Delegates printed under this name, by name or alias (the import's matcher and the duplicate check). */
export const findDelegatesNamed = async (req: PayloadRequest, name: string) =>
  (
    await req.payload.find({
      collection: DELEGATES,
      where: { or: [{ name: { equals: name } }, { 'aliases.name': { equals: name } }] },
      depth: 0,
      limit: 20,
      overrideAccess: true,
      req,
    })
  ).docs

// `大通县委书记` fits `西宁市常委、大通县委书记`: one title contains the other.
export const titlesFit = (printed: string[], known: string[]): boolean =>
  known.some((k) => printed.some((p) => Boolean(k && p) && (p.includes(k) || k.includes(p))))
