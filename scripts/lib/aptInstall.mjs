// Debian packages the project's own scripts need (Chromium, the Postgres client, Varnish, Redis):
// installed only when missing, only as root, waiting for the package lock
// (-o DPkg::Lock::Timeout=600) so another install running never fails us.
import { spawnSync } from 'node:child_process'

/** Installs `packages` (none: nothing to do), or exits 1 saying what to run; `who` names the need. */
export function aptInstall(packages, who = { zh: '测试', en: 'the tests' }) {
  if (!packages.length) return
  if (process.getuid?.() !== 0) {
    console.error(`✖ ${who.zh}需要这些软件包，请运行 sudo apt-get install -y ${packages.join(' ')} (${who.en} need these packages)`)
    process.exit(1)
  }
  console.log(`• 安装 (installing) ${packages.join(' ')} ...`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const wait = ['-o', 'DPkg::Lock::Timeout=600']
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
    const result = spawnSync('apt-get', [...wait, ...args], { stdio: 'inherit', env })
    if (result.status !== 0) {
      console.error(`✖ apt-get ${args.join(' ')} 失败 (failed)`)
      process.exit(1)
    }
  }
}
