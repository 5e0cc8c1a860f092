import type { CollectionConfig } from 'payload'

import { mergeFields } from './mergeFields'
import { mergeHooks } from './mergeHooks'
import { narrowCollectionAccess } from './narrowAccess'

/** `true` or an options object: Payload's form for `auth`, `upload` and `versions`. */
const mergeOptions = <T extends object>(host: T | boolean | undefined, ours: T | boolean | undefined): T | boolean | undefined => {
  if (!ours) return host
  if (!host || host === true) return ours
  return ours === true ? host : { ...host, ...ours }
}

/**
 * Our collection merged into the host's collection of the same slug (or into what a host
 * override made of ours), never replacing it:
 * - fields: ours, then the host's (a host field with one of our names stops startup);
 * - hooks: ours first, then the host's (see mergeHooks);
 * - access: what both allow, so the host can narrow ours but never widen it;
 * - endpoints: ours, then the host's;
 * - auth, upload, versions: the host's options with ours on top (the workflow needs drafts,
 *   the desk its lockout and cookie rules);
 * - everything else (labels, admin, graphQL names ...): the host's where it says, ours otherwise.
 */
export const mergeCollection = (host: CollectionConfig | undefined, ours: CollectionConfig): CollectionConfig => {
  if (!host) return ours
  const endpoints = [...(ours.endpoints || []), ...(host.endpoints || []).filter((e) => !(ours.endpoints || []).includes(e))]
  const merged: CollectionConfig = {
    ...ours,
    ...host,
    slug: ours.slug,
    admin: { ...ours.admin, ...host.admin },
    fields: mergeFields(ours.slug, host.fields, ours.fields),
    hooks: mergeHooks(host.hooks, ours.hooks),
    access: narrowCollectionAccess(host.access, ours.access),
    endpoints: ours.endpoints === false || host.endpoints === false ? false : endpoints,
  }
  const auth = mergeOptions(host.auth, ours.auth)
  const upload = mergeOptions(host.upload, ours.upload)
  const versions = mergeOptions(host.versions, ours.versions)
  return { ...merged, ...(auth && { auth }), ...(upload && { upload }), ...(versions && { versions }) }
}
