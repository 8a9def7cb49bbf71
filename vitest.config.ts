import { defineConfig } from 'vitest/config';

// The platform's clock for calendar decisions (src/services/clock.ts): the tests, and the demo
// database they copy, run on a fixed day, so every "today" is the same whenever they run.
process.env.OCOP_TODAY ??= '2026-12-01';

// Three projects, run together by `vitest run` (npm test) or one at a time with `--project`:
// - unit:  src/**/*.test.ts — plain modules, no database, seconds;
// - api:   test/api/**/*.test.ts — each file opens its own database, copied from one prepared
//          once per run by test/global-setup.ts (which runs only when an API test is queued);
// - start: test/start.test.ts — `npm start` as a real process tree, signals included (minutes).
// The JSON report (read by .ci/summary.mjs) is named after the database and the Node version.
const report = ['vitest', process.env.DATABASE_URL ? 'postgres' : '', `node${process.versions.node.split('.')[0]}`].filter(Boolean).join('-');

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: `test-results/${report}.json` }]],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'], pool: 'threads' } },
      { extends: true, test: { name: 'api', include: ['test/api/**/*.test.ts'], globalSetup: ['test/global-setup.ts'] } },
      { extends: true, test: { name: 'start', include: ['test/start.test.ts'], testTimeout: 300_000 } },
    ],
  },
});
