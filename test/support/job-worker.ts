/**
 * A separate worker process for the job test: claims `test.slow` jobs on the given PostgreSQL
 * database with a short lease and works on them until it is killed.
 */
import { openDatabase } from '../../src/db/client';
import { Worker } from '../../src/services/jobs/worker';

const database = await openDatabase({ databaseUrl: process.argv[2] });
const worker = new Worker(database.db, {
  'test.slow': async ({ progress }) => {
    for (let i = 1; ; i++) {
      await progress(Math.min(0.9, i / 100));
      await new Promise((r) => setTimeout(r, 100));
    }
  },
}, { pollMs: 100, leaseMs: 1000 });
worker.start();
console.log(`worker ${worker.id} started`);
