import { defineConfig } from 'vitest/config';

// Unit tests (src/**) and API tests (test/api/**). API tests open their own
// database per file from a prepared template (see test/global-setup.ts).
// The platform's clock for calendar decisions (src/services/clock.ts): the tests, and the demo
// database they copy, run on a fixed day, so every "today" is the same whenever they run.
process.env.OCOP_TODAY ??= '2026-12-01';

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: `test-results/vitest-unit${process.env.DATABASE_URL ? '-postgres' : ''}.json` }]],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
