// Collection slugs, defined once.
export const USERS = 'users'
export const ARTICLES = 'articles'
export const STATEMENTS = 'statements'
export const DELEGATES = 'delegates'
export const REPORTERS = 'reporters'
export const MEDIA = 'media'
export const AUDIT = 'audit'
export const COMMENTS = 'comments'
export const IMPORTS = 'imports'
export const NOTIFICATIONS = 'notifications'

export const ROLES = ['admin', 'editor', 'reporter'] as const
export type Role = (typeof ROLES)[number]

/** Credit roles a byline can carry: stored in ASCII (GraphQL enums), shown as printed. */
export const CREDITS = [
  { value: 'reporter', label: { zh: '记者', en: 'Reporter' } },
  { value: 'correspondent', label: { zh: '通讯员', en: 'Correspondent' } },
  { value: 'photographer', label: { zh: '摄影', en: 'Photographer' } },
  { value: 'editor', label: { zh: '编辑', en: 'Editor' } },
] as const
export type Credit = (typeof CREDITS)[number]['value']

/** `记者` → `reporter`: the credit for a role as the splitter reads it from print. */
export const creditFromPrinted = (printed: string): Credit =>
  CREDITS.find((credit) => credit.label.zh === printed)?.value ?? 'reporter'
