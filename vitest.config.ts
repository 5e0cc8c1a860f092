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
          include: ['tests/int/**/*.int.spec.ts', 'tests/e2e/**/*.e2e.spec.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // Each file boots Payload and often a server: two at a time suit two cores.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
