// Payload tasks run in-process through the Local API, without the payload CLI
// (which can exit 0 having done nothing on Node 20).
//
//   tsx scripts/tasks.ts migrate seed
//   tsx scripts/tasks.ts migrate:create [name]
//   tsx scripts/tasks.ts migrate:check     (exits 1 when the config has changes with no migration)
//   tsx scripts/tasks.ts work              (a job worker: runs due jobs every NEWSROOM_JOBS_INTERVAL_S, default 60)
import { getPayload } from 'payload'

import { OriginSettingsError } from '../src/utilities/allowedOrigins'

// Loaded here, not imported above, so a missing setting ends in one readable line, not a stack.
const config = await import('../payload.config').then(
  (module) => module.default,
  (error: unknown) => {
    if (!(error instanceof OriginSettingsError)) throw error
    console.error(`✖ ${error.message}`)
    process.exit(1)
  },
)
const [first, ...rest] = process.argv.slice(2)
const payload = await getPayload({ config })

switch (first) {
  case 'migrate:create': {
    await payload.db.createMigration({ payload, migrationName: rest[0] ?? 'schema', forceAcceptWarning: false, skipEmpty: false })
    break
  }
  case 'migrate:check': {
    // createMigration with skipEmpty exits 0 by itself when there is nothing to write.
    await payload.db.createMigration({ payload, migrationName: 'drift', skipEmpty: true })
    console.error('✖ 数据模型有改动但没有迁移：请运行 npm run migrate:create (the schema changed without a migration)')
    process.exit(1)
  }
  case 'work': {
    const seconds = Number(process.env.NEWSROOM_JOBS_INTERVAL_S || 60)
    if (process.env.REDIS_URL) {
      // No Next here to hold a page cache: what this worker publishes is revalidated on the
      // app servers through Redis (src/delivery/revalidatePaths.ts finds this stand-in).
      const { shareRevalidation } = await import('../src/delivery/sharedTags.mjs')
      Object.assign(globalThis, { [Symbol.for('newsroom.pageCache')]: { revalidateTag: shareRevalidation } })
    }
    payload.logger.info(`任务进程已启动，每 ${seconds} 秒处理到期任务 (job worker: every ${seconds} s)`)
    const tick = () => payload.jobs.run({ queue: 'default', limit: 50 }).catch((error) => payload.logger.error(error))
    await tick()
    setInterval(tick, seconds * 1000)
    await new Promise(() => {}) // until Ctrl-C or SIGTERM
    break
  }
  default: {
    for (const task of [first, ...rest]) {
      if (task === 'migrate') {
        // Before the first migration the table does not exist yet: nothing applied.
        const applied = () => payload.count({ collection: 'payload-migrations' }).then(({ totalDocs }) => totalDocs, () => 0)
        const before = await applied()
        await payload.db.migrate()
        const ran = (await applied()) - before
        payload.logger.info(ran ? `数据库迁移：已执行 ${ran} 个 (migrations run: ${ran})` : '数据库已是最新，无需迁移 (database up to date, no migrations run)')
      } else if (task === 'seed') {
        // Imported after the config: imported before it, the config's own import never settles.
        const { seedDemo } = await import('./seed/seedDemo')
        await seedDemo(payload)
      } else {
        console.error(`tasks: 未知任务 ${task} (unknown task). 可用 (known): migrate, seed, migrate:create, migrate:check`)
        process.exit(2)
      }
    }
  }
}
process.exit(0)
