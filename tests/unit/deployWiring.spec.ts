import { describe, expect, it } from 'vitest'

import { MediaStorageError, mediaStorageFromEnv, mediaStoragePlugins } from '../../src/utilities/mediaStorageFromEnv'
import { readReplicasFromEnv } from '../../src/utilities/readReplicasFromEnv'

describe('read replicas from DATABASE_READ_URLS', () => {
  it('should keep every read on the primary when unset or empty', () => {
    expect(readReplicasFromEnv({})).toBeUndefined()
    expect(readReplicasFromEnv({ DATABASE_READ_URLS: ' , ' })).toBeUndefined()
  })

  it('should list each replica of a comma list, trimmed', () => {
    expect(readReplicasFromEnv({ DATABASE_READ_URLS: 'postgres://r@10.0.0.5/news, postgres://r@10.0.0.6/news,' })).toEqual([
      'postgres://r@10.0.0.5/news',
      'postgres://r@10.0.0.6/news',
    ])
  })
})

describe('media storage from S3_*', () => {
  it('should store on local disk without S3_BUCKET, with no storage plugin', () => {
    expect(mediaStorageFromEnv({ S3_ENDPOINT: 'http://minio:9000' })).toEqual({ kind: 'local' })
    expect(mediaStoragePlugins({ kind: 'local' })).toEqual([])
  })

  it('should build the S3 adapter options for an S3-compatible store', () => {
    const storage = mediaStorageFromEnv({
      S3_BUCKET: 'newsroom-media',
      S3_ENDPOINT: 'http://minio:9000',
      S3_REGION: 'cn-north-1',
      S3_ACCESS_KEY_ID: 'AKIA',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_PREFIX: 'photos',
    })
    expect(storage).toEqual({
      kind: 's3',
      options: {
        bucket: 'newsroom-media',
        collections: { media: { prefix: 'photos' } },
        config: { endpoint: 'http://minio:9000', region: 'cn-north-1', forcePathStyle: true, credentials: { accessKeyId: 'AKIA', secretAccessKey: 'secret' } },
      },
    })
  })

  it('should leave AWS itself virtual-hosted and to the SDK credentials chain when no keys are given', () => {
    expect(mediaStorageFromEnv({ S3_BUCKET: 'b' })).toEqual({
      kind: 's3',
      options: { bucket: 'b', collections: { media: true }, config: { region: 'us-east-1', forcePathStyle: false } },
    })
    expect(mediaStorageFromEnv({ S3_BUCKET: 'b', S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: '0' })).toMatchObject({ options: { config: { forcePathStyle: false } } })
  })

  it('should refuse one key without the other', () => {
    expect(() => mediaStorageFromEnv({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'AKIA' })).toThrow(MediaStorageError)
  })

  it('should refuse to start with S3_BUCKET rather than keep files on one server (no adapter release for this Payload)', () => {
    expect(() => mediaStoragePlugins(mediaStorageFromEnv({ S3_BUCKET: 'b' }))).toThrow(/storage-s3/)
  })
})
