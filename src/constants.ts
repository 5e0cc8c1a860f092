// Collection slugs, defined once.
export const USERS = 'users'

export const ROLES = ['admin', 'editor', 'reporter'] as const
export type Role = (typeof ROLES)[number]
