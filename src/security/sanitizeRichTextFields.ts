import type { Field, FieldHook } from 'payload'

import { stripUnsafeLinks } from './safeLinks'

/** Drops `javascript:`/`data:` links from a rich-text value on every save (REST, GraphQL, admin, Local API). */
export const stripUnsafeLinksBeforeChange: FieldHook = ({ value }) => stripUnsafeLinks(value)

/** Every rich-text field, however deep (groups, arrays, tabs, rows, blocks), gets the hook. */
export const sanitizeRichTextFields = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'richText') {
      return { ...field, hooks: { ...field.hooks, beforeChange: [...(field.hooks?.beforeChange ?? []), stripUnsafeLinksBeforeChange] } }
    }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: sanitizeRichTextFields(tab.fields) })) }
    if (field.type === 'blocks') {
      return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: sanitizeRichTextFields(block.fields) })) }
    }
    // cast: Payload's Field union narrows by type, not by the key replaced here
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: sanitizeRichTextFields(field.fields) } as Field
    return field
  })
