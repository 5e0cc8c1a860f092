import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { ARTICLES, NOTIFICATIONS, STATEMENTS } from '../constants'
import { afterCommit } from '../delivery/afterCommit'
import { NOTIFICATION_KINDS, notificationKindOf, notificationRecipients, type NotificationKind } from './notificationKinds'
import { stageOf } from './stages'
import { collectionSlug } from '../utilities/collectionSlug'
import { relationId } from '../utilities/relationId'

type Id = number

const editorIds = async (req: PayloadRequest, usersSlug: string): Promise<Id[]> => {
  const { docs } = await req.payload.find({
    collection: collectionSlug(req.payload, usersSlug),
    where: { roles: { in: ['editor', 'admin'] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map((user) => user.id)
}

/** One email per notification, after the move has committed; a failure is logged and never undoes the move. */
const emailAfterCommit = (req: PayloadRequest, usersSlug: string, recipients: Id[], subject: string, text: string) =>
  afterCommit(req, () => {
    const { payload } = req
    void (async () => {
      const { docs } = await payload.find({ collection: collectionSlug(payload, usersSlug), where: { id: { in: recipients } }, pagination: false, depth: 0, overrideAccess: true })
      for (const user of docs) {
        if (!('email' in user) || typeof user.email !== 'string' || !user.email) continue
        await payload.sendEmail({ to: user.email, subject, text }).catch((error: unknown) => payload.logger.error({ err: error, msg: `newsroom: notification email to user ${user.id} failed` }))
      }
    })().catch((error: unknown) => payload.logger.error({ err: error, msg: 'newsroom: notification emails failed' }))
  })

/**
 * Tells the people concerned that a piece moved: a submission the editors, a return, approval or
 * publication the piece's owner. One notification per move of the unit the person acted on:
 * statements moved along by their article (`newsroomCascading`) say nothing of their own.
 * An article created in review (an import's commit) counts as submitted.
 * The rows are written in the move's transaction; the emails go after it commits.
 */
export const notifyAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (req.context.newsroomCascading) return doc
  // An article born in review (a committed import) is submitted by its creation; its statements ride along.
  const kind: NotificationKind | null =
    operation === 'create'
      ? collection.slug === ARTICLES && doc.stage === 'in_review'
        ? 'submit'
        : null
      : notificationKindOf(stageOf(previousDoc?.stage) ?? undefined, stageOf(doc.stage) ?? 'draft')
  if (!kind) return doc
  const usersSlug = req.payload.config.admin.user
  const actor = relationId(req.user)
  const recipients = notificationRecipients(kind, {
    editors: kind === 'submit' ? await editorIds(req, usersSlug) : [],
    owner: relationId(doc.owner),
    actor,
  })
  if (recipients.length === 0) return doc
  const title = String(doc.title ?? doc.headline ?? '') || `#${doc.id}`
  const note = kind === 'submit' || typeof doc.reviewNote !== 'string' ? null : doc.reviewNote
  const collectionSlug = collection.slug === STATEMENTS ? STATEMENTS : ARTICLES
  for (const recipient of recipients) {
    await req.payload.create({
      collection: NOTIFICATIONS,
      data: { recipient, kind, collectionSlug, documentId: String(doc.id), title, actor, note, read: false },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
  const label = NOTIFICATION_KINDS.find((entry) => entry.value === kind)?.label.zh
  const subject = `【${label}】${title}`
  const text = [`${label}：${title}`, note ? `说明：${note}` : null, `/admin/collections/${collection.slug}/${doc.id}`].filter(Boolean).join('\n')
  await emailAfterCommit(req, usersSlug, recipients, subject, text)
  return doc
}
