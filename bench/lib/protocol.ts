import type { BenchUser } from './bench-user';

/** The message bench/server.ts sends to bench/search.ts once both servers listen. */
export interface ServerReady {
  type: 'ready';
  pid: number;
  /** Port of the application (buildApp). */
  port: number;
  /** Port of the bare Fastify instance (GET /bare). */
  barePort: number;
  kind: 'pglite' | 'postgres';
  databaseVersion: string;
  databaseSize: string;
  entities: number;
  products: number;
  publicProducts: number;
  /** Current provinces by number of products, largest first. */
  provinces: Array<{ code: string; n: number }>;
  user: BenchUser;
}
