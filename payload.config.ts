import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { newsroomOptionsFromEnv, newsroomPlugin } from './src'
import { MAX_FORM_BYTES } from './src/import/pasteLimit'
import { allowedOrigins } from './src/utilities/allowedOrigins'
import { mediaStorageFromEnv, mediaStoragePlugins } from './src/utilities/mediaStorageFromEnv'
import { readReplicasFromEnv } from './src/utilities/readReplicasFromEnv'
import { smtpEmailFromEnv } from './src/utilities/smtpEmailAdapter'

const dirname = path.dirname(fileURLToPath(import.meta.url))
// Development: this machine's own addresses on the dev port; production: NEWSROOM_SITE_URL and
// NEWSROOM_ALLOWED_ORIGINS, or a startup error that says what to set (docs/operating.md).
const origins = allowedOrigins(process.env)

// The host app: a plain Payload app that installs the Newsroom plugin.
// Scripts run through scripts/with-db.mjs, which sets DATABASE_URL and PAYLOAD_SECRET.
export default buildConfig({
  secret: process.env.PAYLOAD_SECRET ?? '',
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL },
    // Reads outside a transaction go to these replicas when DATABASE_READ_URLS is set (docs/deploy.md).
    readReplicas: readReplicasFromEnv(),
    // Schema changes ship as migrations, in every environment: never push.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  editor: lexicalEditor(),
  // Notifications by email over SMTP when SMTP_HOST is set; without it Payload logs each email to the console.
  email: smtpEmailFromEnv(process.env),
  sharp,
  admin: {
    avatar: 'default',
    meta: { titleSuffix: ' · 新闻编辑部' },
    importMap: { baseDir: dirname },
  },
  i18n: {
    fallbackLanguage: 'zh',
    supportedLanguages: { zh, en },
  },
  cors: origins,
  csrf: origins,
  // The admin saves a document as one multipart field (busboy's default limit is 1 MB): an
  // import of a 2 MB paste carries it, its split and its repairs (src/import/pasteLimit.ts).
  bodyParser: { limits: { fieldSize: MAX_FORM_BYTES } },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
  // The plugin's settings from the environment (NEWSROOM_SITE_URL, NEWSROOM_ROLE, CRON_SECRET,
  // VARNISH_PURGE_URLS…: src/optionsFromEnv.ts). NEWSROOM_PLUGIN_DISABLED=1 keeps the schema and
  // access but none of the plugin's behaviour (the delivery benchmark's "vanilla Payload" baseline).
  // Media on local disk, or in an S3 bucket when S3_BUCKET is set (src/utilities/mediaStorageFromEnv.ts).
  plugins: [
    newsroomPlugin({ ...newsroomOptionsFromEnv(), disabled: process.env.NEWSROOM_PLUGIN_DISABLED === '1' }),
    ...mediaStoragePlugins(mediaStorageFromEnv()),
  ],
})
