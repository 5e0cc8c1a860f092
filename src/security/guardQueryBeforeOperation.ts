import type { CollectionBeforeOperationHook, PayloadRequest, SanitizedCollectionConfig, Sort, Where } from 'payload'

import { workflowError } from '../workflow/workflowError'
import { readablePath, type QueryUse } from './readablePath'
import { isRecord } from '../utilities/isRecord'

/** Every path a `where` names, through `and`/`or`. */
export const wherePaths = (where: unknown): string[] => {
  if (!isRecord(where)) return []
  return Object.entries(where).flatMap(([key, value]) =>
    ['and', 'or'].includes(key.toLowerCase()) && Array.isArray(value) ? value.flatMap(wherePaths) : [key],
  )
}

/** Every path a sort names: `-publishedAt`, `title,-createdAt`, `['a', '-b']`. */
export const sortPaths = (sort: Sort | undefined): string[] =>
  [sort ?? []]
    .flat()
    .flatMap((s) => String(s).split(','))
    .map((s) => s.trim().replace(/^[-+]/, ''))
    .filter(Boolean)

const refuse = (path: string, use: QueryUse) =>
  workflowError(`不能按“${path}”${use === 'sort' ? '排序' : '筛选'}：你无权读取这一项。`, 400, { path })

/** Refuses (400) the first sort or where path the caller may not read. */
export async function assertReadableQuery(req: PayloadRequest, collection: SanitizedCollectionConfig, query: { sort?: Sort; where?: unknown }) {
  const checks: [string, QueryUse][] = [...sortPaths(query.sort).map((p): [string, QueryUse] => [p, 'sort']), ...wherePaths(query.where).map((p): [string, QueryUse] => [p, 'where'])]
  for (const [path, use] of checks) {
    if (!(await readablePath(req, collection, path, use))) throw refuse(path, use)
  }
}

/**
 * The query guard, on every collection: REST and GraphQL finds, counts, distinct reads,
 * version lists and bulk updates/deletes may sort and filter only by what the caller may read.
 * Payload core checks a `where` path's fields but sorts through relationships unchecked, so a
 * visitor could order published statements by a draft article's title or an owner's password
 * hash. System calls (`overrideAccess`) are not checked.
 */
export const guardQueryBeforeOperation: CollectionBeforeOperationHook = async ({ args, collection, overrideAccess, req }) => {
  if (overrideAccess) return args
  const sort: Sort | undefined = 'sort' in args ? args.sort : undefined
  const where: unknown = 'where' in args ? args.where : undefined
  if (sort !== undefined || where !== undefined) await assertReadableQuery(req, collection, { sort, where })
  return args
}
