import path from 'node:path'

import type { CollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { sanitizeConfig } from '../../../src/sanitizeConfig'

describe('sanitizeConfig', () => {
  it('should fill every default once', () => {
    const config = sanitizeConfig()
    expect(config).toMatchObject({ disabled: false, usersCollection: 'users', runJobs: true, jobsCron: '* * * * *' })
    expect(config.mediaDir).toBe(path.resolve('.data/media'))
    expect(Object.keys(config.collections)).toHaveLength(10)
    expect(config.collections.articles.fields).toEqual([])
  })

  it('should leave a collection unchanged when the host gives no override', () => {
    const collection = { slug: 'articles', fields: [] }
    expect(sanitizeConfig().collections.articles.override(collection)).toBe(collection)
  })

  it('should take the site URL without a trailing slash', () => {
    expect(sanitizeConfig({ siteURL: 'https://news.example.cn//' }).siteURL).toBe('https://news.example.cn')
  })

  it('should keep what the host set', () => {
    const override = (c: CollectionConfig) => c
    const config = sanitizeConfig({ disabled: true, usersCollection: 'staff', runJobs: false, mediaDir: '/srv/media', collections: { users: { override } } })
    expect(config).toMatchObject({ disabled: true, usersCollection: 'staff', runJobs: false, mediaDir: '/srv/media' })
    expect(config.collections.users.override).toBe(override)
  })
})
