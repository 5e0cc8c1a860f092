import type { Field } from 'payload'
import { DESK_DAY } from './deskDates'

/** Where a piece was printed: publication, edition date, page (plus any extra fields). */
export const printSourceField = (extra: Field[] = []): Field => ({
  name: 'source',
  type: 'group',
  label: { zh: '见报信息', en: 'Print source' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'publication', type: 'text', label: { zh: '报纸', en: 'Publication' } },
        { name: 'editionDate', type: 'date', label: { zh: '见报日期', en: 'Edition date' }, admin: { date: DESK_DAY } },
        { name: 'page', type: 'text', label: { zh: '版次', en: 'Page' } },
      ],
    },
    ...extra,
  ],
})
