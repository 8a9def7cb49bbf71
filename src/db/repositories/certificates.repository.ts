import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { certificateReminders, certificateSequences, certificates, products, signingKeys } from '../schema';
import type { Scope } from '../../domain/policy';
import { scopeWhere } from './scope';

export type CertificateRow = typeof certificates.$inferSelect;
export type CertificateInsert = typeof certificates.$inferInsert;
export type SigningKeyRow = typeof signingKeys.$inferSelect;

/**
 * A certificate's status on `today` in SQL, the same rules as domain/certificates/validity
 * (revoked, then superseded, then expired, then expiring within the window).
 */
export function statusSql(today: string, expiringUntil: string): SQL<string> {
  return sql<string>`case
    when ${certificates.revokedOn} is not null and ${certificates.revokedOn} <= ${today}::date then 'revoked'
    when ${certificates.supersededOn} is not null and ${certificates.supersededOn} <= ${today}::date then 'superseded'
    when ${certificates.validUntil} < ${today}::date then 'expired'
    when ${certificates.validUntil} <= ${expiringUntil}::date then 'expiring'
    else 'valid' end`;
}

const unitName = sql<string | null>`(select u.name from admin_units u where u.structure = certificates.unit_structure and u.code = certificates.unit_code)`;
const provinceName = sql<string | null>`(select p.name from admin_units p where p.structure = 'current' and p.code = certificates.province_code)`;

export interface CertificateQuery {
  scope: Scope;
  today: string;
  /** Last day that still counts as "expiring soon". */
  expiringUntil: string;
  status?: string;
  productId?: string;
  roundId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export async function listCertificates(db: Executor, q: CertificateQuery) {
  const status = statusSql(q.today, q.expiringUntil);
  const where = and(
    scopeWhere(q.scope, certificates),
    q.status ? sql`${status} = ${q.status}` : undefined,
    q.productId ? eq(certificates.productId, q.productId) : undefined,
    q.roundId ? eq(certificates.roundId, q.roundId) : undefined,
    q.q
      ? sql`(lower(${certificates.number}) like ${'%' + q.q.toLowerCase() + '%'} or lower(${certificates.productName}) like ${'%' + q.q.toLowerCase() + '%'} or lower(${certificates.entityName}) like ${'%' + q.q.toLowerCase() + '%'})`
      : undefined,
  );
  const rows = await db
    .select({ certificate: certificates, status, unitName })
    .from(certificates)
    .where(where)
    .orderBy(desc(certificates.issuedOn), asc(certificates.number))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(certificates).where(where);
  return { rows, total };
}

export async function getCertificate(db: Executor, id: string, opts: { forUpdate?: boolean } = {}) {
  const query = db.select({ certificate: certificates, unitName, provinceName }).from(certificates).where(eq(certificates.id, id));
  const [row] = opts.forUpdate ? await query.for('update', { of: certificates }) : await query;
  return row;
}

export async function findCertificateByNumber(db: Executor, number: string) {
  const [row] = await db.select().from(certificates).where(eq(certificates.number, number));
  return row;
}

export async function certificatesOfRound(db: Executor, roundId: string) {
  return db.select().from(certificates).where(eq(certificates.roundId, roundId)).orderBy(asc(certificates.number));
}

/** Certificates of a product not revoked or superseded and still within validity on `day`. */
export async function liveCertificatesOfProduct(db: Executor, productId: string, day: string, exceptId?: string) {
  return db
    .select()
    .from(certificates)
    .where(
      and(
        eq(certificates.productId, productId),
        sql`(${certificates.revokedOn} is null or ${certificates.revokedOn} > ${day}::date)`,
        sql`(${certificates.supersededOn} is null or ${certificates.supersededOn} > ${day}::date)`,
        sql`${certificates.validUntil} >= ${day}::date`,
        exceptId ? sql`${certificates.id} <> ${exceptId}` : undefined,
      ),
    );
}

export async function insertCertificate(db: Executor, values: CertificateInsert): Promise<CertificateRow> {
  const [row] = await db.insert(certificates).values(values).returning();
  return row;
}

/** Optimistic update when `version` is given; undefined when it has moved on. */
export async function updateCertificate(db: Executor, id: string, version: number | null, values: Partial<CertificateInsert>) {
  const [row] = await db
    .update(certificates)
    .set({ ...values, version: sql`${certificates.version} + 1`, updatedAt: new Date() })
    .where(and(eq(certificates.id, id), version === null ? undefined : eq(certificates.version, version)))
    .returning();
  return row;
}

/** The next sequence number of a province's certificates in a year (atomic, no gaps within a transaction). */
export async function nextCertificateSequence(db: Executor, provinceCode: string, year: number): Promise<number> {
  const [row] = await db
    .insert(certificateSequences)
    .values({ provinceCode, year, lastSeq: 1 })
    .onConflictDoUpdate({ target: [certificateSequences.provinceCode, certificateSequences.year], set: { lastSeq: sql`${certificateSequences.lastSeq} + 1` } })
    .returning();
  return row.lastSeq;
}

/** Takes a product out of the public catalogue (its current class no longer holds). */
export async function clearProductStars(db: Executor, productId: string): Promise<void> {
  await db.update(products).set({ stars: null, updatedAt: new Date() }).where(and(eq(products.id, productId), isNull(products.deletedAt)));
}

// --- reminders

/** Records a reminder once; returns true when it is new. */
export async function insertReminder(db: Executor, certificateId: string, kind: string, dueOn: string): Promise<boolean> {
  const rows = await db.insert(certificateReminders).values({ certificateId, kind, dueOn }).onConflictDoNothing().returning();
  return rows.length > 0;
}

export async function remindersOf(db: Executor, certificateId: string) {
  return db.select().from(certificateReminders).where(eq(certificateReminders.certificateId, certificateId)).orderBy(asc(certificateReminders.createdAt));
}

// --- signing keys

export async function activeSigningKey(db: Executor): Promise<SigningKeyRow | undefined> {
  const [row] = await db.select().from(signingKeys).where(eq(signingKeys.status, 'active'));
  return row;
}

export async function findSigningKey(db: Executor, kid: string): Promise<SigningKeyRow | undefined> {
  const [row] = await db.select().from(signingKeys).where(eq(signingKeys.kid, kid));
  return row;
}

export async function listSigningKeys(db: Executor): Promise<SigningKeyRow[]> {
  return db.select().from(signingKeys).orderBy(desc(signingKeys.createdAt));
}

/** Inserts an active key unless another process did first (one active key at a time). */
export async function insertActiveSigningKeyIfNone(db: Executor, values: typeof signingKeys.$inferInsert): Promise<void> {
  await db.insert(signingKeys).values(values).onConflictDoNothing();
}
