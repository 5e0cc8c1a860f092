import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { newsroomOptionsFromEnv, newsroomPlugin, pluginOptionsOf } from '../../src'
import { canRunJobs } from '../../src/access/canRunJobs'
import { collectionIn, host } from './pluginFixtures'

/** Runs a collection's `admin.preview` for a document, as the admin's preview button does. */
const previewOf = (collection: CollectionConfig, doc: Record<string, unknown>) => {
  const preview = collection.admin?.preview
  if (typeof preview !== 'function') throw new Error(`${collection.slug} has no preview`)
  return preview(doc, { locale: 'zh', req: { payload: {} } as never, token: null }) // the preview reads only the document
}

describe('the plugin options, sanitised once', () => {
  it('should keep the sanitised options in the config for hooks and site code to read', () => {
    const config = newsroomPlugin({ siteURL: 'https://news.example.cn/', purgeURLs: ['http://10.0.0.5:6081'] })(host())
    expect(pluginOptionsOf(config)).toMatchObject({ siteURL: 'https://news.example.cn', purgeURLs: ['http://10.0.0.5:6081'], cronSecret: null })
  })

  it('should keep the host own custom settings beside them', () => {
    const config = newsroomPlugin()({ ...host(), custom: { theirs: 1 } })
    expect(config.custom?.theirs).toBe(1)
  })

  it('should say so when the plugin is not installed', () => {
    expect(() => pluginOptionsOf(host())).toThrow(/newsroomPlugin/)
  })

  it('should link previews to the siteURL option, one site per config', async () => {
    const a = newsroomPlugin({ siteURL: 'https://a.example.cn' })(host())
    const b = newsroomPlugin({ siteURL: 'https://b.example.cn' })(host())
    expect(await previewOf(collectionIn(a, 'articles'), { slug: 'x' })).toBe('https://a.example.cn/preview?path=%2Farticles%2Fx')
    expect(await previewOf(collectionIn(b, 'statements'), { id: 7 })).toBe('https://b.example.cn/preview?path=%2Fstatements%2F7')
  })

  it('should let the cron run jobs only with the cronSecret option', () => {
    const cron = (secret: string | null, header: string) =>
      canRunJobs(secret)({ req: { user: null, headers: new Headers({ authorization: header }) } as never }) // reads only user and headers
    expect(cron('s3cret', 'Bearer s3cret')).toBe(true)
    expect(cron('s3cret', 'Bearer other')).toBe(false)
    expect(cron(null, 'Bearer ')).toBe(false)
  })

  it('should add the auth collection under the usersCollection option and point relations at it', () => {
    const config: Config = newsroomPlugin({ usersCollection: 'staff' })(host())
    expect(collectionIn(config, 'staff').auth).toBeTruthy()
    const owner = collectionIn(config, 'articles').fields.find((field) => 'name' in field && field.name === 'owner')
    expect(owner && 'relationTo' in owner ? owner.relationTo : null).toBe('staff')
  })
})

describe('newsroomOptionsFromEnv', () => {
  it('should leave every option unset (its default) with no variables', () => {
    expect(newsroomOptionsFromEnv({})).toEqual({ runJobs: true, purgeURLs: [] })
  })

  it('should read each variable into its option', () => {
    const env = {
      NEWSROOM_SITE_URL: 'https://news.example.cn',
      NEWSROOM_MEDIA_DIR: '/srv/media',
      NEWSROOM_JOBS_CRON: '*/2 * * * * *',
      CRON_SECRET: 's3cret',
      VARNISH_PURGE_URLS: 'http://10.0.0.5:6081, http://10.0.0.6:6081',
    }
    expect(newsroomOptionsFromEnv(env)).toEqual({
      siteURL: 'https://news.example.cn',
      mediaDir: '/srv/media',
      runJobs: true,
      jobsCron: '*/2 * * * * *',
      cronSecret: 's3cret',
      purgeURLs: ['http://10.0.0.5:6081', 'http://10.0.0.6:6081'],
    })
  })

  it('should work the jobs queue alone and on a worker, not on a web server', () => {
    const runJobs = (env: Record<string, string>) => newsroomOptionsFromEnv(env).runJobs
    expect([runJobs({ NEWSROOM_ROLE: 'all' }), runJobs({ NEWSROOM_ROLE: 'worker' }), runJobs({ NEWSROOM_ROLE: 'web' })]).toEqual([true, true, false])
    // NEWSROOM_RUN_JOBS, the older switch, decides when set.
    expect([runJobs({ NEWSROOM_RUN_JOBS: '0' }), runJobs({ NEWSROOM_ROLE: 'web', NEWSROOM_RUN_JOBS: '1' })]).toEqual([false, true])
  })
})
