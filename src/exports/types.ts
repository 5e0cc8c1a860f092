// `newsroom/types`: the types a host app writes against (types only, no code).
export type { Role } from '../constants'
export type { Byline } from '../delivery/people'
export type { Reader } from '../delivery/reader'
export type { RetractedNotice } from '../delivery/queries/findRetractedNotice'
export type { ImportDraft } from '../import/types'
export type { SplitResult } from '../split/types'
export type { Stage } from '../workflow/stages'
export type { CollectionKey, CollectionOverride, NewsroomPluginConfig, SanitizedNewsroomPluginConfig } from '../types'
