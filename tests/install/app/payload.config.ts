// A fresh Payload 3 app, as a paper that already runs Payload would have it: its own users and
// its own posts with a hook of its own. The install test copies this folder into an empty
// temp folder, installs Newsroom from the packed tarball and adds the plugin.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { newsroomPlugin } from 'newsroom'
import { buildConfig, type CollectionBeforeChangeHook } from 'payload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const stampEditionBeforeChange: CollectionBeforeChangeHook = ({ data }) => ({ ...data, edition: 'stamped by the host' })

export default buildConfig({
  secret: 'install-test-secret',
  db: postgresAdapter({ pool: { connectionString: process.env.DATABASE_URL }, push: false, migrationDir: path.resolve(dirname, 'migrations') }),
  editor: lexicalEditor(),
  collections: [
    { slug: 'users', auth: true, fields: [{ name: 'nickname', type: 'text' }] },
    {
      slug: 'posts',
      hooks: { beforeChange: [stampEditionBeforeChange] },
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'edition', type: 'text' },
      ],
    },
  ],
  telemetry: false,
  plugins: [newsroomPlugin({ runJobs: false, mediaDir: path.resolve(dirname, 'media') })],
})
