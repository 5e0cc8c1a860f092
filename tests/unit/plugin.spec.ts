import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { newsroomPlugin } from '../../src'
import { refuseStaleApprovalBeforeValidate } from '../../src/workflow/refuseStaleApprovalBeforeValidate'
import { recordLastSaveAfterChange, refuseStaleSaveBeforeValidate } from '../../src/workflow/refuseStaleSaves'
import { collectionIn, fieldNames, host } from './pluginFixtures'

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

  it('should refuse stale approvals and stale saves of articles and statements, first of their hooks', () => {
    for (const slug of ['articles', 'statements']) {
      const hooks = collectionIn(newsroomPlugin()(host()), slug).hooks
      expect(hooks?.beforeValidate?.slice(0, 2)).toEqual([refuseStaleApprovalBeforeValidate, refuseStaleSaveBeforeValidate])
      expect(hooks?.afterChange).toContain(recordLastSaveAfterChange)
    }
  })

  it('should make a new config on every call, sharing nothing between two', () => {
    const a = newsroomPlugin({ mediaDir: '/tmp/a' })(host())
    const b = newsroomPlugin({ mediaDir: '/tmp/b' })(host())
    const staticDir = (config: Config) => {
      const upload = collectionIn(config, 'media').upload
      return typeof upload === 'object' ? upload.staticDir : undefined
    }
    expect([staticDir(a), staticDir(b)]).toEqual(['/tmp/a', '/tmp/b'])
    expect(collectionIn(a, 'articles')).not.toBe(collectionIn(b, 'articles'))
  })

  it('should add a users collection of its own only when the host has none', () => {
    const hostUsers: CollectionConfig = { slug: 'users', auth: true, fields: [] }
    const config = newsroomPlugin()(host([hostUsers]))
    expect(config.collections?.filter((c) => c.slug === 'users')).toHaveLength(1)
    expect(fieldNames(collectionIn(config, 'users'))).toEqual(expect.arrayContaining(['roles', 'reporter']))
  })
})
