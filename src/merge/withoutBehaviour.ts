import type { CollectionConfig } from 'payload'

/** A merged collection with our hooks and endpoints taken out and the host's left (`disabled: true`). */
export const withoutBehaviour = (merged: CollectionConfig, ours: CollectionConfig): CollectionConfig => {
  const ourHooks = new Set<unknown>(Object.values(ours.hooks ?? {}).flat())
  const ourEndpoints = new Set(ours.endpoints || [])
  const hooks = Object.fromEntries(
    Object.entries(merged.hooks ?? {}).map(([key, list]) => [key, (list ?? []).filter((hook: unknown) => !ourHooks.has(hook))]),
  )
  const endpoints = merged.endpoints === false ? false : (merged.endpoints ?? []).filter((endpoint) => !ourEndpoints.has(endpoint))
  return { ...merged, hooks, endpoints }
}
