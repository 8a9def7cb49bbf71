import path from 'node:path';

/** Runtime configuration, read once from the environment (README "Configuration"). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /**
   * DATABASE_READ_URL: a PostgreSQL streaming replica national reports and report exports read
   * from (everything else, and every write, uses DATABASE_URL). Ignored without DATABASE_URL.
   */
  databaseReadUrl: string | undefined;
  /** Seed the demo data into an empty database (default: on for the embedded database only). */
  seedDemo: boolean;
  sessionDays: number;
  secureCookies: boolean;
  /**
   * Which peers may set X-Forwarded-For/-Host/-Proto (TRUST_PROXY): false (default: none),
   * a hop count, or a comma-separated list of addresses and CIDR ranges — as Fastify's trustProxy.
   */
  trustProxy: boolean | number | string;
  /** PUBLIC_URL: the address users reach the platform at (QR codes, the same-origin check). */
  publicUrl: string | undefined;
  /** BACKUP_DIR: where backups are written and listed (the CLI, the administrator screen, the nightly job). Default DATA_DIR/backups. */
  backupDir: string;
  /** BACKUP_KEEP: how many nightly backups are kept (older ones are deleted after each night's run). Default 7. */
  backupKeep: number;
}

/** TRUST_PROXY as Fastify's `trustProxy` takes it. */
export function parseTrustProxy(raw: string | undefined): boolean | number | string {
  const value = (raw ?? '').trim();
  if (value === '' || /^(0|false|no|off)$/i.test(value)) return false;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .join(',');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  const seedFlag = env.SEED_DEMO;
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl,
    databaseReadUrl: (databaseUrl && env.DATABASE_READ_URL) || undefined,
    // A production PostgreSQL database never gets demo data unless asked (SEED_DEMO=1).
    seedDemo: seedFlag === undefined ? !databaseUrl : seedFlag === '1' || seedFlag === 'true',
    sessionDays: Number(env.SESSION_DAYS ?? 7),
    secureCookies: env.COOKIE_SECURE === '1',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    publicUrl: env.PUBLIC_URL || undefined,
    backupDir: path.resolve(env.BACKUP_DIR ?? path.join(env.DATA_DIR ?? './data', 'backups')),
    backupKeep: Math.max(1, Number(env.BACKUP_KEEP ?? 7) || 7),
  };
}
