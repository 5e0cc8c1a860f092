import { defineConfig } from 'vitest/config'

// Unit tests are pure; integration tests run Payload on a real embedded Postgres and the
// real Next.js server; browser tests drive Debian's Chromium. The global setup (one
// Postgres per run, one test build) serves the integration and browser projects.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.spec.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.spec.ts', 'tests/e2e/**/*.e2e.spec.ts', 'tests/security/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // Each file boots Payload and often a server: two at a time suit two cores.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        // `npm run test:load`: readers and editors against one production server, alone on
        // the machine (its own group, after everything else). `npm test` runs it shorter.
        test: {
          name: 'load',
          include: ['tests/load/**/*.load.spec.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/globalSetup.ts'],
          testTimeout: 600_000,
          hookTimeout: 180_000,
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
      {
        // `npm run test:faults`: the server SIGKILLed mid-write and Postgres restarted under
        // it, many rounds. `npm test` runs fewer rounds.
        test: {
          name: 'faults',
          include: ['tests/faults/**/*.faults.spec.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/globalSetup.ts'],
          testTimeout: 900_000,
          hookTimeout: 180_000,
          maxWorkers: 1,
          sequence: { groupOrder: 3 },
        },
      },
      {
        // `npm run test:edge` (after `npm test` in .ci/run): Debian's Varnish and Redis in front
        // of two production servers (tests/edge/). Not part of `npm test`: it needs those packages.
        test: {
          name: 'edge',
          include: ['tests/edge/**/*.edge.spec.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          maxWorkers: 1,
          sequence: { groupOrder: 5 },
        },
      },
      {
        // From an empty folder: `npm pack`, a fresh Payload app installs the tarball and boots
        // the plugin on its own Postgres (tests/install/). After the suites that share the machine.
        test: {
          name: 'install',
          include: ['tests/install/**/*.install.spec.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 600_000,
          maxWorkers: 1,
          sequence: { groupOrder: 4 },
        },
      },
    ],
  },
})
