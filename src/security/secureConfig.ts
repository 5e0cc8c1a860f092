import type { CollectionConfig, Config, Payload } from 'payload'

import { canRunJobs, canScheduleJobs } from '../access/canRunJobs'
import type { SanitizedNewsroomPluginConfig } from '../types'
import { guardQueryBeforeOperation } from './guardQueryBeforeOperation'
import { createLock, holderOrEditor, lockAsCallerBeforeChange, nameLockHolderAfterRead, readLocks } from './lockAccess'
import { clearLockAfterUnlock, forgiveLoginAfterLogin, throttleLoginBeforeOperation } from './loginThrottle'
import { refuseJobDeleteBeforeOperation } from './refuseJobDeleteBeforeOperation'
import { refuseMalformedIdBeforeOperation } from './refuseMalformedIdBeforeOperation'
import { sanitizeRichTextFields } from './sanitizeRichTextFields'

const LOCKS = 'payload-locked-documents'

const withHooks = (usersSlug: string) => (collection: CollectionConfig): CollectionConfig => {
  const hooks = { ...collection.hooks, beforeOperation: [refuseMalformedIdBeforeOperation, guardQueryBeforeOperation, ...(collection.hooks?.beforeOperation ?? [])] }
  if (collection.slug === usersSlug) {
    hooks.beforeOperation.push(throttleLoginBeforeOperation)
    hooks.afterLogin = [...(hooks.afterLogin ?? []), forgiveLoginAfterLogin]
    hooks.afterOperation = [...(hooks.afterOperation ?? []), clearLockAfterUnlock]
  }
  return { ...collection, hooks, fields: sanitizeRichTextFields(collection.fields) }
}

/**
 * Payload adds `payload-locked-documents` itself, after every plugin, with "any logged-in
 * user" access and no override option: narrow it once Payload is up (the operations read a
 * collection's access and hooks from its config on every call).
 */
const narrowLocks = (payload: Payload) => {
  const locks = payload.collections[LOCKS]?.config
  if (!locks) return
  locks.access = { ...locks.access, read: readLocks, create: createLock, update: holderOrEditor, delete: holderOrEditor }
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), lockAsCallerBeforeChange]
  locks.hooks.afterRead = [...(locks.hooks.afterRead ?? []), nameLockHolderAfterRead]
}

/**
 * The desk's defences, whether the plugin's behaviour is on or off (never a leak): the
 * query guard on every collection, login throttling, links sanitised in every rich-text
 * field, malformed ids refused, the job runner for admins and the cron, deleting a job for
 * editors, locks for those who may edit.
 */
export const secureConfig = (config: Config, { usersCollection, cronSecret }: SanitizedNewsroomPluginConfig): Config => ({
  ...config,
  collections: (config.collections ?? []).map(withHooks(usersCollection)),
  jobs: {
    ...config.jobs,
    access: {
      ...config.jobs?.access,
      run: async (args) => canRunJobs(cronSecret)(args) && (await (config.jobs?.access?.run?.(args) ?? true)),
      queue: async (args) => canScheduleJobs(args) && (await (config.jobs?.access?.queue?.(args) ?? true)),
      cancel: async (args) => canScheduleJobs(args) && (await (config.jobs?.access?.cancel?.(args) ?? true)),
    },
    // Payload builds the jobs collection itself; its override is the public way to add a hook.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => {
      const jobs = config.jobs?.jobsCollectionOverrides?.({ defaultJobsCollection }) ?? defaultJobsCollection
      return { ...jobs, hooks: { ...jobs.hooks, beforeOperation: [...(jobs.hooks?.beforeOperation ?? []), refuseJobDeleteBeforeOperation] } }
    },
  },
  onInit: async (payload) => {
    narrowLocks(payload)
    await config.onInit?.(payload)
  },
})
