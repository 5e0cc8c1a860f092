import { defineConfig } from 'vitest/config'

// Three projects: pure unit tests, integration tests against Payload on a real
// embedded Postgres, and browser tests in Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.spec.ts'],
          environment: 'node',
        },
      },
    ],
  },
})
