import type { CollectionConfig } from 'payload'

type CollectionHooks = NonNullable<CollectionConfig['hooks']>
/** Our hooks, then the host's that are not ours already; absent when neither has any. */
const joined = <Hook>(mine: Hook[] = [], theirs: Hook[] = []): Hook[] | undefined => {
  const all = [...mine, ...theirs.filter((hook) => !mine.includes(hook))]
  return all.length ? all : undefined
}

/**
 * Hook lists joined, ours first, then the host's (a hook already in ours is not added twice).
 * Ours first in every list, for one reason: the workflow's refusals (a stale save, a stage
 * change the role may not make, a raw paste edited) must stop a save before any host hook has
 * acted on it, and the host's hooks then see data the workflow has accepted and can stamp their
 * own fields last. In after-hooks ours record the audit and revalidate first, so a host hook
 * that throws cannot leave the site stale.
 */
export const mergeHooks = (host: CollectionHooks = {}, ours: CollectionHooks = {}): CollectionHooks => {
  // Every list Payload has, spelled out: \`satisfies\` fails to compile when a Payload release adds one.
  const merged = {
    beforeOperation: joined(ours.beforeOperation, host.beforeOperation),
    beforeValidate: joined(ours.beforeValidate, host.beforeValidate),
    beforeChange: joined(ours.beforeChange, host.beforeChange),
    afterChange: joined(ours.afterChange, host.afterChange),
    beforeRead: joined(ours.beforeRead, host.beforeRead),
    afterRead: joined(ours.afterRead, host.afterRead),
    beforeDelete: joined(ours.beforeDelete, host.beforeDelete),
    afterDelete: joined(ours.afterDelete, host.afterDelete),
    afterOperation: joined(ours.afterOperation, host.afterOperation),
    afterError: joined(ours.afterError, host.afterError),
    beforeLogin: joined(ours.beforeLogin, host.beforeLogin),
    afterLogin: joined(ours.afterLogin, host.afterLogin),
    afterLogout: joined(ours.afterLogout, host.afterLogout),
    afterMe: joined(ours.afterMe, host.afterMe),
    afterRefresh: joined(ours.afterRefresh, host.afterRefresh),
    afterForgotPassword: joined(ours.afterForgotPassword, host.afterForgotPassword),
    me: joined(ours.me, host.me),
    refresh: joined(ours.refresh, host.refresh),
  } satisfies Record<keyof CollectionHooks, unknown>
  return Object.fromEntries(Object.entries(merged).filter(([, list]) => list !== undefined))
}
