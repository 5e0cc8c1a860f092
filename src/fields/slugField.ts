import type { CollectionSlug, Field, FieldHook } from 'payload'
import { ValidationError } from 'payload'

import { toPinyinSlug } from '../utilities/toPinyinSlug'

type Options = { collection: CollectionSlug; from: string; frozenOncePublished?: boolean }

/**
 * A URL slug made from another field in pinyin, unique in its collection, editable by
 * hand, and frozen once the document has been published (links must not break).
 */
export const slugField = ({ collection, from, frozenOncePublished = false }: Options): Field => {
  const populateSlugBeforeValidate: FieldHook = async ({ value, data, originalDoc, req, operation }) => {
    const wanted = typeof value === 'string' && value.trim() ? toPinyinSlug(value) : toPinyinSlug(String(data?.[from] ?? ''))
    if (frozenOncePublished && operation === 'update' && originalDoc?.publishedAt && wanted !== originalDoc.slug) {
      throw new ValidationError({
        collection,
        errors: [{ path: 'slug', message: '稿件发布后链接不能再改（the slug is frozen once published）' }],
      })
    }
    if (!wanted) return value
    // Append -2, -3 ... until no other document has it.
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? wanted : `${wanted}-${n}`
      const { docs } = await req.payload.find({
        collection,
        where: { slug: { equals: candidate } },
        limit: 1,
        depth: 0,
        draft: true,
        overrideAccess: true,
        req,
        select: {},
      })
      if (!docs[0] || docs[0].id === originalDoc?.id) return candidate
    }
  }
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    label: { zh: '链接名', en: 'Slug' },
    admin: { position: 'sidebar', description: { zh: '留空时按标题自动生成拼音', en: 'Generated from the title in pinyin when empty' } },
    hooks: { beforeValidate: [populateSlugBeforeValidate] },
  }
}
