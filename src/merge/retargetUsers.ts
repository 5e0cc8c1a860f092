import type { Field } from 'payload'

import { USERS } from '../constants'

/** Our relationships to `users` pointed at the host's auth collection instead (`usersCollection`). */
export const retargetUsers = (fields: Field[], slug: string): Field[] =>
  slug === USERS
    ? fields
    : fields.map((field): Field => {
        if ((field.type === 'relationship' || field.type === 'upload') && field.relationTo === USERS) return { ...field, relationTo: slug } as Field // the union narrows by type, not by relationTo
        if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: retargetUsers(tab.fields, slug) })) }
        if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: retargetUsers(field.fields, slug) } as Field // group, array, row, collapsible
        return field
      })
