/**
 * Restores a backup into an empty DATA_DIR (or the empty PostgreSQL database of DATABASE_URL)
 * and verifies it: `npm run restore -- FILE`. See README "Backup and restore".
 */
import path from 'node:path';
import { loadConfig } from '../config';
import { restoreBackup } from '../services/backup/restore.service';

const config = loadConfig();
const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run restore -- FILE   (into an empty DATA_DIR, or the empty database of DATABASE_URL)');
  process.exit(2);
}
try {
  const report = await restoreBackup({ file: path.resolve(file), databaseUrl: config.databaseUrl, dataDir: config.dataDir, log: console.log });
  const rows = Object.values(report.tables).reduce((a, b) => a + b, 0);
  console.log(`Restored and verified the backup of ${report.manifest.createdAt} (app ${report.manifest.appVersion}):`);
  console.log(`  ${Object.keys(report.tables).length} tables, ${rows} rows — every table's row count matches the manifest;`);
  console.log(`  ${report.files} uploaded file(s) — every checksum matches.`);
} catch (e) {
  console.error(`Restore failed: ${(e as Error).message}`);
  process.exitCode = 1;
}
