import { defineConfig } from 'vitest/config';

// Unit tests (src/**) and API tests (test/api/**). API tests open their own
// database per file from a prepared template (see test/global-setup.ts).
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
