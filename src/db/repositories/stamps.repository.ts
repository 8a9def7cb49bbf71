import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { certificates, entities, products, stampBatches, stampScanRegions, stamps } from '../schema';

export type StampBatchRow = typeof stampBatches.$inferSelect;
export type StampBatchInsert = typeof stampBatches.$inferInsert;
export type StampRow = typeof stamps.$inferSelect;
export type StampInsert = typeof stamps.$inferInsert;

const batchView = {
  batch: stampBatches,
  productName: products.name,
  productGtin: products.gtin,
  entityName: entities.name,
  certificateNumber: certificates.number,
  stars: certificates.stars,
};

function batchQuery(db: Executor) {
  return db
    .select(batchView)
    .from(stampBatches)
    .innerJoin(products, eq(products.id, stampBatches.productId))
    .innerJoin(entities, eq(entities.id, stampBatches.entityId))
    .innerJoin(certificates, eq(certificates.id, stampBatches.certificateId));
}
export type StampBatchView = Awaited<ReturnType<typeof batchQuery>>[number];

export async function insertBatch(db: Executor, values: StampBatchInsert): Promise<StampBatchRow | undefined> {
  const [row] = await db.insert(stampBatches).values(values).onConflictDoNothing({ target: [stampBatches.productId, stampBatches.lot] }).returning();
  return row;
}

/** Inserts the stamps of a batch, 500 rows per statement. */
export async function insertStamps(db: Executor, rows: StampInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insert(stamps).values(rows.slice(i, i + 500));
}

export async function findBatchByLot(db: Executor, productId: string, lot: string) {
  const [row] = await batchQuery(db).where(and(eq(stampBatches.productId, productId), eq(stampBatches.lot, lot)));
  return row;
}

export async function getBatch(db: Executor, id: string) {
  const [row] = await batchQuery(db).where(eq(stampBatches.id, id));
  return row;
}

export async function batchesOfProduct(db: Executor, productId: string) {
  return batchQuery(db).where(eq(stampBatches.productId, productId)).orderBy(desc(stampBatches.producedOn), desc(stampBatches.createdAt));
}

/** Scan totals of each batch (for lists). */
export async function batchScanTotals(db: Executor, batchIds: string[]) {
  if (batchIds.length === 0) return new Map<string, { scans: number; scanned: number }>();
  const rows = await db
    .select({ batchId: stamps.batchId, scans: sql<number>`coalesce(sum(${stamps.scans}), 0)::int`, scanned: sql<number>`count(*) filter (where ${stamps.scans} > 0)::int` })
    .from(stamps)
    .where(inArray(stamps.batchId, batchIds))
    .groupBy(stamps.batchId);
  return new Map(rows.map((r) => [r.batchId, { scans: r.scans, scanned: r.scanned }]));
}

export async function stampsOfBatch(db: Executor, batchId: string) {
  return db.select().from(stamps).where(eq(stamps.batchId, batchId)).orderBy(asc(stamps.seq));
}

/** Regions each stamp of a batch was scanned from. */
export async function regionsOfStamps(db: Executor, stampIds: string[]) {
  if (stampIds.length === 0) return [];
  return db.select().from(stampScanRegions).where(inArray(stampScanRegions.stampId, stampIds));
}

/** A stamp by serial, with its scan counts per region (one round trip). */
export async function findStampBySerial(db: Executor, serial: string) {
  const [row] = await db
    .select({
      stampId: stamps.id,
      batchId: stamps.batchId,
      regions: sql<Array<{ region: string; scans: number }>>`coalesce((select json_agg(json_build_object('region', r.region, 'scans', r.scans)) from ${stampScanRegions} r where r.stamp_id = ${stamps.id}), '[]'::json)`,
    })
    .from(stamps)
    .where(eq(stamps.serial, serial));
  return row;
}

/** What a stamp's page shows of its batch: lot, dates, product and producer. */
export async function findBatchFacts(db: Executor, batchId: string) {
  const [row] = await db
    .select({
      batchId: stampBatches.id,
      lot: stampBatches.lot,
      producedOn: stampBatches.producedOn,
      bestBefore: stampBatches.bestBefore,
      certificateId: stampBatches.certificateId,
      productId: products.id,
      productName: products.name,
      productGtin: products.gtin,
      entityName: entities.name,
    })
    .from(stampBatches)
    .innerJoin(products, eq(products.id, stampBatches.productId))
    .innerJoin(entities, eq(entities.id, stampBatches.entityId))
    .where(eq(stampBatches.id, batchId));
  return row;
}
export type BatchFacts = NonNullable<Awaited<ReturnType<typeof findBatchFacts>>>;

/** A certificate and those that superseded it, in order (at most `max`). */
export async function certificateChain(db: Executor, certificateId: string, max = 6) {
  const chain: Array<typeof certificates.$inferSelect> = [];
  let id: string | null = certificateId;
  while (id && chain.length < max) {
    const [row] = await db.select().from(certificates).where(eq(certificates.id, id));
    if (!row) break;
    chain.push(row);
    id = row.supersededById;
  }
  return chain;
}

/** Scan counts of one stamp per region. */
export async function regionsOfStamp(db: Executor, stampId: string) {
  return db.select({ region: stampScanRegions.region, scans: stampScanRegions.scans }).from(stampScanRegions).where(eq(stampScanRegions.stampId, stampId));
}

export interface ScanIncrement {
  stampId: string;
  region: string;
  scans: number;
  firstAt: Date;
  lastAt: Date;
}

/**
 * Adds batched scan counts: per region (upsert) and per stamp. The increments travel as one JSON
 * parameter unpacked by `json_to_recordset`: building a statement with a parameter per value took
 * longer than running it (≈ 60 ms of JavaScript for 300 increments, during which — on the embedded
 * database — no request is answered).
 */
export async function addScans(db: Executor, increments: ScanIncrement[]): Promise<void> {
  if (increments.length === 0) return;
  const rows = JSON.stringify(increments.map((i) => ({ stamp_id: i.stampId, region: i.region, n: i.scans, first_at: i.firstAt.toISOString(), last_at: i.lastAt.toISOString() })));
  const recordset = sql`json_to_recordset(${rows}::json) as v(stamp_id uuid, region text, n int, first_at timestamptz, last_at timestamptz)`;
  await db.execute(sql`insert into stamp_scan_regions (stamp_id, region, scans, first_at, last_at)
    select stamp_id, region, n, first_at, last_at from ${recordset}
    on conflict (stamp_id, region) do update set scans = stamp_scan_regions.scans + excluded.scans, last_at = greatest(stamp_scan_regions.last_at, excluded.last_at)`);
  // One statement for every stamp of the batch of increments.
  await db.execute(sql`update stamps set scans = stamps.scans + t.n, first_scan_at = coalesce(stamps.first_scan_at, t.first_at),
    last_scan_at = greatest(stamps.last_scan_at, t.last_at)
    from (select stamp_id, sum(n)::int as n, min(first_at) as first_at, max(last_at) as last_at from ${recordset} group by stamp_id) as t
    where stamps.id = t.stamp_id`);
}

/** A live product by GTIN (14-digit form), public ones first. */
export async function findProductByGtin(db: Executor, gtin14: string) {
  const [row] = await db
    .select({ id: products.id, stars: products.stars })
    .from(products)
    .where(and(sql`lpad(${products.gtin}, 14, '0') = ${gtin14}`, sql`${products.gtin} is not null`, isNull(products.deletedAt)))
    .orderBy(sql`${products.stars} is null`, asc(products.createdAt))
    .limit(1);
  return row;
}

/** Products with their entity's name (demo data). */
export async function productsForDemo(db: Executor, ids: string[]) {
  return db.select({ product: products, entityName: entities.name }).from(products).innerJoin(entities, eq(entities.id, products.entityId)).where(inArray(products.id, ids));
}
