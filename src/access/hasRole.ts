import type { Role } from '../constants'

type MaybeUser = { roles?: unknown } | null | undefined

/** True when the user holds one of the given roles. */
export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Array.isArray(user?.roles) && user.roles.some((role: unknown) => roles.some((wanted) => wanted === role))
