import { MEDIA } from '../constants'

/**
 * The options `@payloadcms/storage-s3`'s `s3Storage(…)` takes, built from the environment:
 *
 *   S3_BUCKET=newsroom-media S3_ENDPOINT=https://minio.internal:9000 S3_REGION=us-east-1
 *   S3_ACCESS_KEY_ID=… S3_SECRET_ACCESS_KEY=… [S3_PREFIX=media] [S3_FORCE_PATH_STYLE=0]
 *
 * Declared here rather than imported: the adapter is not installed (docs/deploy.md, "Media",
 * says why), and these are the fields of its `S3StorageOptions` we set.
 */
export type S3MediaStorage = {
  bucket: string
  collections: Record<string, { prefix?: string } | true>
  config: {
    endpoint?: string
    region: string
    // S3-compatible stores (MinIO, Ceph, most Chinese clouds' OSS S3 endpoints) want path-style URLs.
    forcePathStyle: boolean
    credentials?: { accessKeyId: string; secretAccessKey: string }
  }
}

/** Where media files go: local disk (the plugin's mediaDir) unless S3_BUCKET is set. */
export type MediaStorage = { kind: 'local' } | { kind: 's3'; options: S3MediaStorage }

export class MediaStorageError extends Error {}

export const mediaStorageFromEnv = (env: Record<string, string | undefined> = process.env): MediaStorage => {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return { kind: 'local' }
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  // One key without the other is a typo, not a choice: without both the SDK falls back to its
  // own chain (instance role, ~/.aws), which is what leaving both unset means.
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new MediaStorageError('S3_ACCESS_KEY_ID 与 S3_SECRET_ACCESS_KEY 须同时设置 (set both S3 keys, or neither to use the SDK\'s own credentials)')
  }
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  const prefix = env.S3_PREFIX?.trim()
  return {
    kind: 's3',
    options: {
      bucket,
      collections: { [MEDIA]: prefix ? { prefix } : true },
      config: {
        ...(endpoint ? { endpoint } : {}),
        region: env.S3_REGION?.trim() || 'us-east-1',
        // A custom endpoint is almost always an S3-compatible store: path-style unless told otherwise.
        forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE !== '0' : Boolean(endpoint),
        ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
      },
    },
  }
}

/**
 * The Payload plugins that store media as `storage` says: none for local disk. For S3 it
 * refuses to start rather than quietly keep files on one server's disk: `@payloadcms/storage-s3`
 * has no release for the Payload we run (its newest, 3.90.1, requires payload 3.90.1 exactly;
 * npm refuses it beside payload 3.90.2 with ERESOLVE, and Payload's dependency check rejects
 * mismatched `@payloadcms/*` versions). When a matching release exists this becomes
 * `[s3Storage(storage.options)]` (docs/deploy.md, "Media").
 */
export const mediaStoragePlugins = (storage: MediaStorage): [] => {
  if (storage.kind === 'local') return []
  throw new MediaStorageError(
    `已设置 S3_BUCKET=${storage.options.bucket}，但 @payloadcms/storage-s3 尚无与当前 Payload 版本匹配的发行版：请暂用共享目录（NEWSROOM_MEDIA_DIR），见 docs/deploy.md。` +
      ' (S3_BUCKET is set, but @payloadcms/storage-s3 has no release matching this Payload version: use a shared NEWSROOM_MEDIA_DIR for now; docs/deploy.md)',
  )
}
