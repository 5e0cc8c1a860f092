import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { newsroomPlugin } from '../../src'
import { guardQueryBeforeOperation } from '../../src/security/guardQueryBeforeOperation'
import { throttleLoginBeforeOperation } from '../../src/security/loginThrottle'
import { refuseMalformedIdBeforeOperation } from '../../src/security/refuseMalformedIdBeforeOperation'
import { enforceWorkflowBeforeChange } from '../../src/workflow/enforceWorkflowBeforeChange'
import { accessAs, collectionIn, fieldNames, host } from './pluginFixtures'

const stamp: CollectionBeforeChangeHook = ({ data }) => ({ ...data, stamped: true })

describe('a host collection with one of our slugs', () => {
  const hostArticles: CollectionConfig = {
    slug: 'articles',
    labels: { singular: '文章', plural: '文章' },
    hooks: { beforeChange: [stamp] },
    fields: [{ name: 'kicker', type: 'text' }],
  }

  it('should keep the host fields after ours', () => {
    const articles = collectionIn(newsroomPlugin()(host([hostArticles])), 'articles')
    const names = fieldNames(articles)
    expect(names).toEqual(expect.arrayContaining(['title', 'stage', 'owner', 'kicker']))
    expect(names.indexOf('kicker')).toBeGreaterThan(names.indexOf('title'))
    expect(articles.labels?.singular).toBe('文章')
  })

  it('should refuse a host field with one of our names, naming the field and the collection', () => {
    const clash: CollectionConfig = { slug: 'articles', fields: [{ name: 'stage', type: 'text' }] }
    expect(() => newsroomPlugin()(host([clash]))).toThrow(/集合“articles”的字段“stage”.*field "stage" in collection "articles"/)
  })

  it('should refuse a clash inside a host row, which stores at the same level', () => {
    const clash: CollectionConfig = { slug: 'articles', fields: [{ type: 'row', fields: [{ name: 'title', type: 'text' }] }] }
    expect(() => newsroomPlugin()(host([clash]))).toThrow(/“title”/)
  })

  it('should run our beforeChange hooks first, then the host hooks', () => {
    const hooks = collectionIn(newsroomPlugin()(host([hostArticles])), 'articles').hooks?.beforeChange ?? []
    expect(hooks.at(-1)).toBe(stamp)
    expect(hooks.indexOf(enforceWorkflowBeforeChange)).toBeLessThan(hooks.indexOf(stamp))
  })

  it('should let host access narrow ours: a host rule that denies wins', async () => {
    const closed = collectionIn(newsroomPlugin()(host([{ ...hostArticles, access: { read: () => false } }])), 'articles')
    expect(await accessAs(closed, 'read', ['editor'])).toBe(false)
  })

  it('should never let host access widen ours: the public still sees only published pieces', async () => {
    const open = collectionIn(newsroomPlugin()(host([{ ...hostArticles, access: { read: () => true, delete: () => true } }])), 'articles')
    const ours = collectionIn(newsroomPlugin()(host()), 'articles')
    expect(await accessAs(open, 'read', null)).toEqual(await accessAs(ours, 'read', null))
    expect(await accessAs(open, 'delete', null)).toBe(false)
  })

  it('should AND a host filter with ours', async () => {
    const filtered = collectionIn(
      newsroomPlugin()(host([{ ...hostArticles, access: { read: () => ({ kicker: { exists: true } }) } }])),
      'articles',
    )
    const ours = collectionIn(newsroomPlugin()(host()), 'articles')
    expect(await accessAs(filtered, 'read', null)).toEqual({ and: [{ kicker: { exists: true } }, await accessAs(ours, 'read', null)] })
  })
})

describe("the host's auth collection", () => {
  const noteLogin: CollectionBeforeChangeHook = ({ data }) => data
  const hostUsers: CollectionConfig = {
    slug: 'users',
    auth: { tokenExpiration: 3600, verify: false },
    hooks: { beforeChange: [noteLogin] },
    fields: [{ name: 'department', type: 'text' }],
  }

  it('should gain our roles and byline and keep its own fields and hooks', () => {
    const users = collectionIn(newsroomPlugin()(host([hostUsers])), 'users')
    expect(fieldNames(users)).toEqual(expect.arrayContaining(['roles', 'reporter', 'department']))
    expect(users.hooks?.beforeChange).toContain(noteLogin)
    expect(users.hooks?.beforeChange?.length).toBeGreaterThan(1)
  })

  it("should keep the host auth options and put our throttle in place of Payload's lockout", () => {
    const users = collectionIn(newsroomPlugin()(host([hostUsers])), 'users')
    expect(users.auth).toMatchObject({ verify: false, maxLoginAttempts: 1_000_000 })
    expect(users.hooks?.beforeOperation).toContain(throttleLoginBeforeOperation)
  })

  it('should use another auth collection when told, pointing our relationships at it', () => {
    const staff: CollectionConfig = { ...hostUsers, slug: 'staff' }
    const config = newsroomPlugin({ usersCollection: 'staff' })(host([staff]))
    expect(config.collections?.map((c) => c.slug)).not.toContain('users')
    expect(fieldNames(collectionIn(config, 'staff'))).toContain('roles')
    expect(config.admin?.user).toBe('staff')
    const owner = collectionIn(config, 'articles').fields.find((f) => 'name' in f && f.name === 'owner')
    expect(owner).toMatchObject({ relationTo: 'staff' })
  })
})

describe('a host override of our collection', () => {
  it('should add plain fields after ours', () => {
    const config = newsroomPlugin({ collections: { users: { fields: [{ name: 'phone', type: 'text' }] } } })(host())
    expect(fieldNames(collectionIn(config, 'users'))).toEqual(expect.arrayContaining(['roles', 'phone']))
  })

  it('should apply labels and admin settings', () => {
    const config = newsroomPlugin({
      collections: { users: { override: (c) => ({ ...c, labels: { singular: '员工', plural: '员工' } }) } },
    })(host())
    expect(collectionIn(config, 'users').labels?.singular).toBe('员工')
  })

  it('should not remove the workflow hooks', () => {
    const config = newsroomPlugin({
      collections: { statements: { override: (c) => ({ ...c, hooks: { beforeChange: [stamp] } }) } },
    })(host())
    const hooks = collectionIn(config, 'statements').hooks?.beforeChange ?? []
    expect(hooks).toContain(enforceWorkflowBeforeChange)
    expect(hooks.at(-1)).toBe(stamp)
  })

  it('should not widen access', async () => {
    const config = newsroomPlugin({
      collections: { statements: { override: (c) => ({ ...c, access: { ...c.access, read: () => true, update: () => true } }) } },
    })(host())
    const ours = collectionIn(newsroomPlugin()(host()), 'statements')
    const statements = collectionIn(config, 'statements')
    expect(await accessAs(statements, 'read', null)).toEqual(await accessAs(ours, 'read', null))
    expect(await accessAs(statements, 'update', null)).toBe(false)
  })

  it('should not remove our fields', () => {
    const config = newsroomPlugin({
      collections: { statements: { override: (c) => ({ ...c, fields: c.fields.filter((f) => !('name' in f) || f.name !== 'stage') }) } },
    })(host())
    expect(fieldNames(collectionIn(config, 'statements'))).toContain('stage')
  })

  it('should refuse an added field with one of our names', () => {
    expect(() => newsroomPlugin({ collections: { statements: { fields: [{ name: 'stage', type: 'text' }] } } })(host())).toThrow(/“stage”/)
  })
})

describe('switched off (disabled: true)', () => {
  const hostArticles: CollectionConfig = { slug: 'articles', hooks: { beforeChange: [stamp] }, fields: [{ name: 'kicker', type: 'text' }] }
  const schema = (config: ReturnType<ReturnType<typeof newsroomPlugin>>) =>
    config.collections?.map((c) => [c.slug, c.fields.map((f) => ('name' in f ? f.name : f.type))])

  it('should keep the same schema, so switching it off needs no migration', () => {
    expect(schema(newsroomPlugin({ disabled: true })(host([hostArticles])))).toEqual(schema(newsroomPlugin()(host([hostArticles]))))
  })

  it("should drop our hooks and endpoints and keep the host's hooks", () => {
    const off = newsroomPlugin({ disabled: true })(host([hostArticles]))
    expect(collectionIn(off, 'articles').hooks?.beforeChange).toEqual([stamp])
    // Only the desk's defences stay (they hold on or off: never a leak).
    expect(Object.values(collectionIn(off, 'statements').hooks ?? {}).flat()).toEqual([refuseMalformedIdBeforeOperation, guardQueryBeforeOperation])
    expect(collectionIn(off, 'imports').endpoints).toEqual([])
    expect(off.jobs?.autoRun).toBeUndefined()
  })

  it('should keep the access rules (never a leak)', async () => {
    const off = collectionIn(newsroomPlugin({ disabled: true })(host()), 'articles')
    const on = collectionIn(newsroomPlugin()(host()), 'articles')
    expect(await accessAs(off, 'read', null)).toEqual(await accessAs(on, 'read', null))
  })
})
