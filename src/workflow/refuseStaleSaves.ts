import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import { USERS } from '../constants'
import { workflowError } from './workflowError'
import { chineseLabel } from './chineseLabel'

/**
 * Refuses a save made from a stale copy of an article or statement, so that one editor's
 * autosave never silently writes the old text back over another editor's change.
 *
 * The admin sends the `updatedAt` of the version its form holds with every save (autosave,
 * 发布修改) and takes the new value back after each of its own saves. A REST or GraphQL
 * update that carries an `updatedAt` older than the newest stored version (the draft it
 * would overwrite) is refused with 409. Clients opt in by sending `updatedAt`; without it
 * nothing is checked. Server code is never refused: the Local API (jobs, scripts), system work
 * (`newsroomSystem`, which server code passing on an HTTP request's `req` must set) and
 * version restores.
 *
 * One exception keeps a user's own consecutive saves going: the admin queues an autosave
 * made while the previous one is in flight and sends it before the previous answer reaches
 * the form, with the `updatedAt` from before that save. So every save records, in Payload's
 * key-value store, who wrote the stored version and since when that user has been the only
 * writer (`since`); a stale save is let through only when its user wrote everything after
 * the version it was made from. Saves by server code (a scheduled publish, an article's
 * publish reaching its statements) record no user, so they always count as someone else's.
 */

/** The newest save of one document: `user` wrote every version after `since`, up to `at`. */
type LastSave = { user: number | string | null; since: string | null; at: string }

const lastSaveKey = (collection: string, id: number | string) => `newsroom:last-save:${collection}:${id}`

/** Milliseconds of a timestamp, or null when there is none (or it is not a date). */
export const instant = (value: unknown): number | null => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? null : time
}

/** A save by server code (Local API, system work) rather than by someone's form or API client. */
export const byServer = (req: PayloadRequest): boolean => req.payloadAPI === 'local' || Boolean(req.context.newsroomSystem)

export const CLOCK = new Intl.DateTimeFormat('zh-CN', { timeStyle: 'medium', timeZone: 'Asia/Shanghai' })

export const refuseStaleSaveBeforeValidate: CollectionBeforeValidateHook = async ({ collection, data, originalDoc, operation, req }) => {
  if (operation !== 'update' || byServer(req) || req.context.isRestoringVersion) return data
  const seen = instant(data?.updatedAt)
  const stored = instant(originalDoc?.updatedAt)
  if (seen === null || stored === null || seen >= stored) return data

  const last = await req.payload.kv.get<LastSave>(lastSaveKey(collection.slug, originalDoc!.id))
  const lastIsStored = last !== null && instant(last.at) === stored
  const since = instant(last?.since)
  if (lastIsStored && req.user && last.user === req.user.id && since !== null && seen >= since) return data

  const writer =
    lastIsStored && last.user !== null
      ? await req.payload.findByID({ collection: USERS, id: last.user, depth: 0, overrideAccess: true, disableErrors: true, req })
      : null
  const who = writer ? `${writer.name}（${writer.email}）` : lastIsStored ? '系统（如定时发布，或稿件发布时连带更新的发言）' : '其他人'
  const label = chineseLabel(collection)
  throw workflowError(
    `这篇${label}已被${who}在 ${CLOCK.format(stored)} 修改并保存，你打开的是之前的版本。为免覆盖对方的修改，你这次的改动没有保存。` +
      '请先复制你的改动，刷新页面，在最新版本上重新修改。' +
      '（not saved: this document changed since you opened it; reload and apply your change again）',
    409,
    { updatedAt: originalDoc!.updatedAt },
  )
}

export const recordLastSaveAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !doc.updatedAt) return doc
  const key = lastSaveKey(collection.slug, doc.id)
  const user = byServer(req) ? null : (req.user?.id ?? null)
  const last = await req.payload.kv.get<LastSave>(key)
  // The same user saving over their own newest save extends their run; anyone else starts a new one.
  const continues = user !== null && last?.user === user && instant(last.at) === instant(previousDoc?.updatedAt)
  const next: LastSave = { user, since: continues ? last.since : (previousDoc?.updatedAt ?? null), at: doc.updatedAt }
  await req.payload.kv.set(key, next)
  return doc
}

export const forgetLastSaveAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await req.payload.kv.delete(lastSaveKey(collection.slug, id))
}
