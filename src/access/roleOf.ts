import type { Role } from '../constants'
import { hasRole } from './hasRole'

type MaybeUser = { roles?: unknown } | null | undefined

/** The strongest role a user holds, or null for the public. */
export const roleOf = (user: MaybeUser): Role | null =>
  hasRole(user, 'admin') ? 'admin' : hasRole(user, 'editor') ? 'editor' : hasRole(user, 'reporter') ? 'reporter' : null
