import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { newsroomPlugin } from '../../src'
import { recordLastSaveAfterChange, refuseStaleSaveBeforeValidate } from '../../src/workflow/refuseStaleSaves'

const host = (collections: CollectionConfig[] = []): Config =>
  ({ collections, secret: 'x', db: {} as Config['db'] }) as Config

describe('newsroomPlugin', () => {
  it('should add its collections to the host config and make users the admin user', () => {
    const config = newsroomPlugin()(host())
    expect(config.collections?.map((c) => c.slug)).toContain('users')
    expect(config.admin?.user).toBe('users')
  })

  it('should keep the host app collections', () => {
    const config = newsroomPlugin()(host([{ slug: 'pages', fields: [] }]))
    expect(config.collections?.map((c) => c.slug)).toEqual(expect.arrayContaining(['pages', 'users']))
  })

  it('should keep the same schema when disabled, so switching it off needs no migration', () => {
    const on = newsroomPlugin()(host())
    const off = newsroomPlugin({ disabled: true })(host())
    const fieldsOf = (config: Config) =>
      config.collections?.map((c) => [c.slug, c.fields.map((f) => ('name' in f ? f.name : f.type))])
    expect(fieldsOf(off)).toEqual(fieldsOf(on))
  })

  it('should install none of its hooks or endpoints when disabled, keeping the access rules', () => {
    const off = newsroomPlugin({ disabled: true })(host())
    const articles = off.collections?.find((c) => c.slug === 'articles')
    const imports = off.collections?.find((c) => c.slug === 'imports')
    expect(articles?.hooks).toEqual({})
    expect(imports?.endpoints).toEqual([])
    expect(articles?.access?.read).toBeTypeOf('function')
    const on = newsroomPlugin()(host())
    expect(on.collections?.find((c) => c.slug === 'articles')?.hooks?.beforeChange?.length).toBeGreaterThan(0)
  })

  it('should refuse stale saves of articles and statements, first of their hooks, only when enabled', () => {
    const hooksOf = (config: Config, slug: string) => config.collections?.find((c) => c.slug === slug)?.hooks
    for (const slug of ['articles', 'statements']) {
      const on = hooksOf(newsroomPlugin()(host()), slug)
      expect(on?.beforeValidate?.[0]).toBe(refuseStaleSaveBeforeValidate)
      expect(on?.afterChange).toContain(recordLastSaveAfterChange)
      expect(hooksOf(newsroomPlugin({ disabled: true })(host()), slug)).toEqual({})
    }
  })

  it('should apply a host override to a collection it adds', () => {
    const config = newsroomPlugin({
      collections: {
        users: {
          overrides: { labels: { singular: '员工', plural: '员工' } },
          fields: ({ defaultFields }) => [...defaultFields, { name: 'phone', type: 'text' }],
        },
      },
    })(host())
    const users = config.collections?.find((c) => c.slug === 'users')
    expect(users?.labels?.singular).toBe('员工')
    expect(users?.fields.map((f) => ('name' in f ? f.name : null))).toContain('phone')
  })
})
