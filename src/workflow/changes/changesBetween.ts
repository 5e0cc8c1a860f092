import { ARTICLES, STATEMENTS } from '../../constants'
import { type ChangedRow, diffParagraphs } from './diffText'
import { paragraphsOf } from './paragraphsOf'

type Doc = Record<string, unknown>
type Label = { zh: string; en: string }

/** A field's text as paragraphs, so every field is diffed the same way (a title is one paragraph). */
type FieldReader = { name: string; label: Label; read: (doc: Doc) => string[] }

const line = (name: string, label: Label): FieldReader => ({
  name,
  label,
  read: (doc) => {
    const value = doc[name]
    return typeof value === 'string' && value.trim() ? [value.trim()] : []
  },
})
const rich = (name: string, label: Label): FieldReader => ({ name, label, read: (doc) => paragraphsOf(doc[name]) })

/** The printed titles, as one line the way the paper sets them: 全国人大代表、某县委书记. */
const speakerTitles: FieldReader = {
  name: 'speakerTitles',
  label: { zh: '职务（见报时）', en: 'Titles as printed' },
  read: (doc) => {
    const rows = Array.isArray(doc.speakerTitles) ? (doc.speakerTitles as { title?: unknown }[]) : []
    const titles = rows.map((row) => (typeof row.title === 'string' ? row.title.trim() : '')).filter(Boolean)
    return titles.length ? [titles.join('、')] : []
  },
}

/** The fields a reader sees, in the order the edit screen shows them. */
const FIELDS: Record<string, FieldReader[]> = {
  [ARTICLES]: [
    line('title', { zh: '标题', en: 'Title' }),
    line('dek', { zh: '导语', en: 'Dek' }),
    rich('intro', { zh: '开篇', en: 'Intro' }),
    rich('outro', { zh: '结尾', en: 'Outro' }),
  ],
  [STATEMENTS]: [
    line('headline', { zh: '小标题', en: 'Headline' }),
    line('speakerName', { zh: '署名（见报）', en: 'Speaker name as printed' }),
    speakerTitles,
    rich('body', { zh: '正文', en: 'Body' }),
  ],
}

export type FieldChange = { field: string; label: Label; rows: ChangedRow[] }

/** What changed between two copies of an article or statement, field by field; unchanged fields are left out. */
export const changesBetween = (collection: string, before: Doc, after: Doc): FieldChange[] =>
  (FIELDS[collection] ?? [])
    .map(({ name, label, read }) => ({ field: name, label, rows: diffParagraphs(read(before), read(after)) }))
    .filter((change) => change.rows.length > 0)
