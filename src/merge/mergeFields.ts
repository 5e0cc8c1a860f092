import type { Field } from 'payload'
import { fieldAffectsData, fieldHasSubFields, tabHasName } from 'payload/shared'

/** The names a field stores data under at its level (a row or an unnamed tab adds its children's). */
const dataNames = (field: Field): string[] => {
  if (fieldAffectsData(field)) return [field.name]
  if (field.type === 'tabs') return field.tabs.flatMap((tab) => (tabHasName(tab) ? [tab.name] : tab.fields.flatMap(dataNames)))
  if (fieldHasSubFields(field)) return field.fields.flatMap(dataNames)
  return []
}

/**
 * Our fields, all of them and in our order, then the host's fields that are not ours. A host
 * field with one of our names is an error (the plugin's workflow reads those fields), unless
 * it is our very field handed back, as an `override` that spreads our collection does.
 */
export const mergeFields = (slug: string, host: Field[] = [], ours: Field[]): Field[] => {
  const ourNames = new Set(ours.flatMap(dataNames))
  const extra = host.filter((field) => {
    if (ours.includes(field)) return false
    const clash = dataNames(field).find((name) => ourNames.has(name))
    if (clash === undefined) return true
    throw new Error(
      `新闻编辑部插件：集合“${slug}”的字段“${clash}”与插件的同名字段冲突，请改名或删除。` +
        ` / Newsroom plugin: field "${clash}" in collection "${slug}" conflicts with the plugin's field of that name; rename or remove it.`,
    )
  })
  return [...ours, ...extra]
}
