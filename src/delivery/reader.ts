import type { User } from '../../payload-types'

/**
 * Who a site read is for. Always through access control (`overrideAccess: false`): the public
 * (no user, the published version) or, in draft mode, a signed-in member of staff (drafts).
 */
export type Reader = { overrideAccess: false; draft: boolean; user?: User | null }

export const publicReader: Reader = { overrideAccess: false, draft: false }

export const staffReader = (user: User): Reader => ({ overrideAccess: false, draft: true, user })
