/**
 * Writes a backup of the database and the uploaded files: `npm run backup -- [FILE]`
 * (default BACKUP_DIR/ocop-<time>.tar.gz, BACKUP_DIR defaulting to DATA_DIR/backups). See README "Backup and restore".
 */
import path from 'node:path';
import { loadConfig } from '../config';
import { createBackup } from '../services/backup/backup.service';

const config = loadConfig();
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
// the folder the server lists and the nightly job writes to (BACKUP_DIR), so the administrator screen shows it too
const file = path.resolve(process.argv[2] ?? path.join(config.backupDir, `ocop-${stamp}.tar.gz`));
try {
  const manifest = await createBackup({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, file, log: console.log });
  const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
  console.log(`Backup written: ${file}`);
  console.log(`  ${manifest.database.kind} database, ${Object.keys(manifest.tables).length} tables, ${rows} rows, ${Object.keys(manifest.files).length - 1} uploaded file(s).`);
} catch (e) {
  console.error(`Backup failed: ${(e as Error).message}`);
  process.exitCode = 1;
}
