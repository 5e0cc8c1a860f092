// Payload tasks run in-process through the Local API, without the payload CLI
// (which can exit 0 having done nothing on Node 20).
//
//   tsx scripts/tasks.ts migrate seed
//   tsx scripts/tasks.ts migrate:create [name]
//   tsx scripts/tasks.ts migrate:check     (exits 1 when the config has changes with no migration)
//   tsx scripts/tasks.ts work              (a job worker: runs due jobs every NEWSROOM_JOBS_INTERVAL_S, default 60)
import { getPayload } from 'payload'

import config from '../payload.config'
import { seedDemo } from './seed/seedDemo'

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
        await payload.db.migrate()
        const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false })
        payload.logger.info(`数据库迁移完成 (migrations applied): ${docs.length}`)
      } else if (task === 'seed') {
        await seedDemo(payload)
      } else {
        console.error(`tasks: 未知任务 ${task} (unknown task). 可用 (known): migrate, seed, migrate:create, migrate:check`)
        process.exit(2)
      }
    }
  }
}
process.exit(0)
