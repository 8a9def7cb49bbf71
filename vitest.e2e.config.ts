import { defineConfig } from 'vitest/config';

// Browser journeys: a real server on the embedded database with demo data, driven in
// Debian's Chromium through playwright-core. Screenshots land in test-results/e2e/.
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: `test-results/vitest-e2e${process.env.DATABASE_URL ? '-postgres' : ''}.json` }]],
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    // A busy 2-core machine: generous limits, and expect.poll waits on conditions up to 30 s.
    testTimeout: 240_000,
    expect: { poll: { timeout: 30_000, interval: 100 } },
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
