import { findTransition, type Stage } from './stages'

export const NOTIFICATION_KINDS = [
  { value: 'submit', label: { zh: '提交审核', en: 'Submitted' }, to: 'editors' },
  { value: 'return', label: { zh: '退回修改', en: 'Returned' }, to: 'owner' },
  { value: 'approve', label: { zh: '审核通过', en: 'Approved' }, to: 'owner' },
  { value: 'publish', label: { zh: '已发布', en: 'Published' }, to: 'owner' },
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]['value']

/** `in_review` → `draft` is `return`: the kind of notification a stage move makes, or null (reopen, unpublish…). */
export const notificationKindOf = (from: Stage | null | undefined, to: Stage | null | undefined): NotificationKind | null => {
  if (!from || !to || from === to) return null
  const name = findTransition(from, to)?.name
  return NOTIFICATION_KINDS.find((kind) => kind.value === name)?.value ?? null
}

/** Who hears of a move: editors of a submission, the piece's owner of the rest; never the person who made it. */
export const notificationRecipients = (
  kind: NotificationKind,
  { editors, owner, actor }: { editors: number[]; owner: number | null | undefined; actor: number | null | undefined },
): number[] => {
  const audience = NOTIFICATION_KINDS.find((entry) => entry.value === kind)?.to === 'editors' ? editors : owner == null ? [] : [owner]
  return [...new Set(audience)].filter((id) => id !== actor)
}
