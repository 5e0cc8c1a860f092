import type { Access, CollectionConfig } from 'payload'

type AccessResult = Awaited<ReturnType<Access>>
type CollectionAccess = NonNullable<CollectionConfig['access']>

/** Both answers must allow: `false` wins, two filters are ANDed, `true` defers to the other. */
const both = (host: AccessResult, ours: AccessResult): AccessResult => {
  if (!host || !ours) return false
  if (host === true) return ours
  if (ours === true) return host
  return { and: [host, ours] }
}

/**
 * One access function from the host's and ours: what both allow (ours can only narrow what
 * the host allows, and nothing the host adds can widen ours). The same function twice is kept once.
 */
export const narrowAccess = (host: Access | undefined, ours: Access | undefined): Access | undefined => {
  if (!host || host === ours) return ours
  if (!ours) return host
  return async (args) => both(await host(args), await ours(args))
}

type AdminAccess = NonNullable<CollectionAccess['admin']>

/** The admin-panel gate (a yes or no, never a filter): both must let the user in. */
const narrowAdminAccess = (host: AdminAccess | undefined, ours: AdminAccess | undefined): AdminAccess | undefined => {
  if (!host || host === ours) return ours
  if (!ours) return host
  return async (args) => (await host(args)) && (await ours(args))
}

/** Every access key of a collection composed with {@link narrowAccess}. */
export const narrowCollectionAccess = (host: CollectionAccess = {}, ours: CollectionAccess = {}): CollectionAccess => {
  // Every key Payload has, spelled out: \`satisfies\` fails to compile when a Payload release adds one.
  const merged = {
    admin: narrowAdminAccess(host.admin, ours.admin),
    create: narrowAccess(host.create, ours.create),
    read: narrowAccess(host.read, ours.read),
    readVersions: narrowAccess(host.readVersions, ours.readVersions),
    update: narrowAccess(host.update, ours.update),
    delete: narrowAccess(host.delete, ours.delete),
    unlock: narrowAccess(host.unlock, ours.unlock),
  } satisfies Record<keyof CollectionAccess, unknown>
  return Object.fromEntries(Object.entries(merged).filter(([, access]) => access !== undefined))
}
