import type { Seat } from '../../domain/policy';
import { and, asc, desc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import {
  criteriaSets, dossiers, entities, evaluationConflicts, evaluationRoundMembers, evaluationRoundProducts, evaluationRounds, products, scoreSheets,
  selfAssessments, users,
} from '../schema';
import type { Scope } from '../../domain/policy';
import type { StoredPreAssessment } from '../schema/cycle';
import type { RoundStatus } from '../../domain/ranking/rounds';
import type { Role } from '../../domain/users/roles';

export type RoundRow = typeof evaluationRounds.$inferSelect;
export type RoundInsert = typeof evaluationRounds.$inferInsert;
export type RoundProductRow = typeof evaluationRoundProducts.$inferSelect;
export type SheetRow = typeof scoreSheets.$inferSelect;

const unitName = sql<string | null>`(select u.name from admin_units u where u.structure = evaluation_rounds.unit_structure and u.code = evaluation_rounds.unit_code)`;

/** Rounds visible in a scope: unit-bound officers by place, council members by membership. */
function roundScopeWhere(scope: Scope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'province':
      return eq(evaluationRounds.provinceCode, scope.provinceCode);
    case 'district':
      return and(eq(evaluationRounds.unitStructure, 'legacy'), eq(evaluationRounds.districtCode, scope.districtCode));
    case 'council':
      return sql`${evaluationRounds.id} in (select m.round_id from evaluation_round_members m where m.user_id = ${scope.userId})`;
    default:
      return sql`false`;
  }
}

export interface RoundQuery {
  scope: Scope;
  /** Also rounds the user sits on, whatever the scope. */
  memberId?: string;
  status?: RoundStatus;
  page: number;
  pageSize: number;
}

export async function listRounds(db: Executor, q: RoundQuery) {
  const scoped = roundScopeWhere(q.scope);
  const member = q.memberId
    ? sql`${evaluationRounds.id} in (select m.round_id from evaluation_round_members m where m.user_id = ${q.memberId})`
    : undefined;
  const visible = scoped === undefined ? undefined : member ? sql`(${scoped} or ${member})` : scoped;
  const where = and(visible, q.status ? eq(evaluationRounds.status, q.status) : undefined);
  const rows = await db
    .select({
      round: evaluationRounds,
      unitName,
      products: sql<number>`(select count(*)::int from evaluation_round_products rp where rp.round_id = evaluation_rounds.id)`,
      members: sql<number>`(select count(*)::int from evaluation_round_members m where m.round_id = evaluation_rounds.id)`,
      myRole: q.memberId
        ? sql<Seat | null>`(select m.role from evaluation_round_members m where m.round_id = evaluation_rounds.id and m.user_id = ${q.memberId})`
        : sql<Seat | null>`null`,
    })
    .from(evaluationRounds)
    .where(where)
    .orderBy(desc(evaluationRounds.date), desc(evaluationRounds.createdAt))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(evaluationRounds).where(where);
  return { rows, total };
}

/** One round; `lock` takes a row lock for the rest of the transaction (share: sheets, update: state changes). */
export async function getRound(db: Executor, id: string, opts: { lock?: 'update' | 'share' } = {}) {
  const query = db.select({ round: evaluationRounds, unitName }).from(evaluationRounds).where(eq(evaluationRounds.id, id));
  const [row] = opts.lock ? await query.for(opts.lock, { of: evaluationRounds }) : await query;
  return row;
}

export async function insertRound(db: Executor, values: RoundInsert): Promise<RoundRow> {
  const [row] = await db.insert(evaluationRounds).values(values).returning();
  return row;
}

/** Optimistic update when `version` is given; undefined when it has moved on. */
export async function updateRound(db: Executor, id: string, version: number | null, values: Partial<RoundInsert>) {
  const [row] = await db
    .update(evaluationRounds)
    .set({ ...values, version: sql`${evaluationRounds.version} + 1`, updatedAt: new Date() })
    .where(and(eq(evaluationRounds.id, id), version === null ? undefined : eq(evaluationRounds.version, version)))
    .returning();
  return row;
}

// --- members

export async function insertMembers(db: Executor, roundId: string, members: Array<{ userId: string; role: Seat }>) {
  if (members.length === 0) return;
  await db.insert(evaluationRoundMembers).values(members.map((m) => ({ roundId, userId: m.userId, role: m.role })));
}

export async function deleteMembers(db: Executor, roundId: string) {
  await db.delete(evaluationRoundMembers).where(eq(evaluationRoundMembers.roundId, roundId));
}

export async function listMembers(db: Executor, roundId: string) {
  return db
    .select({ userId: evaluationRoundMembers.userId, role: evaluationRoundMembers.role, displayName: users.displayName, username: users.username, userRole: users.role })
    .from(evaluationRoundMembers)
    .innerJoin(users, eq(users.id, evaluationRoundMembers.userId))
    .where(eq(evaluationRoundMembers.roundId, roundId))
    .orderBy(sql`case ${evaluationRoundMembers.role} when 'chair' then 0 when 'member' then 1 else 2 end`, asc(users.displayName));
}

export async function findMember(db: Executor, roundId: string, userId: string) {
  const [row] = await db
    .select()
    .from(evaluationRoundMembers)
    .where(and(eq(evaluationRoundMembers.roundId, roundId), eq(evaluationRoundMembers.userId, userId)));
  return row;
}

/** Active users of the given roles who may sit on a council of a province (or any national user). */
export async function listEligibleUsers(db: Executor, provinceCode: string | null, roles: readonly Role[]) {
  const where = and(
    eq(users.active, true),
    inArray(users.role, [...roles]),
    provinceCode ? sql`(${users.provinceCode} = ${provinceCode} or ${users.provinceCode} is null)` : undefined,
  );
  return db
    .select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role, provinceCode: users.provinceCode })
    .from(users)
    .where(where)
    .orderBy(sql`case ${users.role} when 'council' then 0 else 1 end`, asc(users.displayName));
}

export async function findUsers(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(users).where(inArray(users.id, ids));
}

// --- products

export async function insertRoundProducts(db: Executor, rows: Array<typeof evaluationRoundProducts.$inferInsert>) {
  if (rows.length === 0) return;
  await db.insert(evaluationRoundProducts).values(rows);
}

export async function deleteRoundProduct(db: Executor, roundId: string, productId: string) {
  const [row] = await db
    .delete(evaluationRoundProducts)
    .where(and(eq(evaluationRoundProducts.roundId, roundId), eq(evaluationRoundProducts.productId, productId)))
    .returning();
  return row;
}

const productView = {
  entry: evaluationRoundProducts,
  productName: products.name,
  groupCode: products.groupCode,
  subgroupCode: products.subgroupCode,
  productSetCode: products.productSetCode,
  productStars: products.stars,
  entityId: products.entityId,
  entityName: entities.name,
  unitStructure: products.unitStructure,
  unitCode: products.unitCode,
  provinceCode: products.provinceCode,
  districtCode: products.districtCode,
  unitName: sql<string | null>`(select u.name from admin_units u where u.structure = products.unit_structure and u.code = products.unit_code)`,
  criteriaSetCode: criteriaSets.code,
  /** The pre-assessment record of the product's dossier (the one record when the product came with it). */
  dossierPreAssessment: sql<StoredPreAssessment | null>`(select d.pre_assessment from dossiers d where d.id::text = evaluation_round_products.dossier_id)`,
};

export async function listRoundProducts(db: Executor, roundId: string) {
  return db
    .select(productView)
    .from(evaluationRoundProducts)
    .innerJoin(products, eq(products.id, evaluationRoundProducts.productId))
    .innerJoin(entities, eq(entities.id, products.entityId))
    .innerJoin(criteriaSets, eq(criteriaSets.id, evaluationRoundProducts.criteriaSetId))
    .where(eq(evaluationRoundProducts.roundId, roundId))
    .orderBy(asc(evaluationRoundProducts.position));
}

export async function getRoundProduct(db: Executor, roundId: string, productId: string) {
  const [row] = await db
    .select(productView)
    .from(evaluationRoundProducts)
    .innerJoin(products, eq(products.id, evaluationRoundProducts.productId))
    .innerJoin(entities, eq(entities.id, products.entityId))
    .innerJoin(criteriaSets, eq(criteriaSets.id, evaluationRoundProducts.criteriaSetId))
    .where(and(eq(evaluationRoundProducts.roundId, roundId), eq(evaluationRoundProducts.productId, productId)));
  return row;
}

export async function updateRoundProduct(db: Executor, roundId: string, productId: string, values: Partial<typeof evaluationRoundProducts.$inferInsert>) {
  const [row] = await db
    .update(evaluationRoundProducts)
    .set({ ...values, version: sql`${evaluationRoundProducts.version} + 1` })
    .where(and(eq(evaluationRoundProducts.roundId, roundId), eq(evaluationRoundProducts.productId, productId)))
    .returning();
  return row;
}

/** Clears the results of every product of a round (reopening). */
export async function clearResults(db: Executor, roundId: string) {
  await db
    .update(evaluationRoundProducts)
    .set({ result: null, meanTotal: null, stars: null, outcome: null, version: sql`${evaluationRoundProducts.version} + 1` })
    .where(eq(evaluationRoundProducts.roundId, roundId));
}

/** Other rounds, not yet approved, that already include one of these products. */
export async function productsInUnfinishedRounds(db: Executor, productIds: string[], exceptRoundId?: string) {
  if (productIds.length === 0) return [];
  return db
    .select({ productId: evaluationRoundProducts.productId, roundId: evaluationRounds.id, roundName: evaluationRounds.name })
    .from(evaluationRoundProducts)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationRoundProducts.roundId))
    .where(
      and(
        inArray(evaluationRoundProducts.productId, productIds),
        inArray(evaluationRounds.status, ['open', 'closed']),
        exceptRoundId ? ne(evaluationRounds.id, exceptRoundId) : undefined,
      ),
    );
}

/** The product rows of the given ids (live only), with their entity names. */
export async function findProductsForRound(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ product: products, entityName: entities.name })
    .from(products)
    .innerJoin(entities, eq(entities.id, products.entityId))
    .where(and(inArray(products.id, ids), isNull(products.deletedAt)));
}

/** Latest round results of a product, newest round first (closed or approved rounds). */
export async function resultsOfProduct(db: Executor, productId: string, statuses: RoundStatus[]) {
  return db
    .select({ round: evaluationRounds, entry: evaluationRoundProducts, criteriaSetCode: criteriaSets.code })
    .from(evaluationRoundProducts)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationRoundProducts.roundId))
    .innerJoin(criteriaSets, eq(criteriaSets.id, evaluationRoundProducts.criteriaSetId))
    .where(and(eq(evaluationRoundProducts.productId, productId), inArray(evaluationRounds.status, statuses)))
    .orderBy(desc(evaluationRounds.date), desc(evaluationRounds.createdAt));
}

/** User ids sitting on any round that includes the product. */
export async function councilUsersOfProduct(db: Executor, productId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: evaluationRoundMembers.userId })
    .from(evaluationRoundMembers)
    .innerJoin(evaluationRoundProducts, eq(evaluationRoundProducts.roundId, evaluationRoundMembers.roundId))
    .where(eq(evaluationRoundProducts.productId, productId));
  return rows.map((r) => r.userId);
}

// --- conflicts of interest

export async function insertConflict(db: Executor, values: typeof evaluationConflicts.$inferInsert) {
  const [row] = await db.insert(evaluationConflicts).values(values).onConflictDoNothing().returning();
  return row;
}

export async function listConflicts(db: Executor, roundId: string) {
  return db
    .select({ conflict: evaluationConflicts, displayName: users.displayName })
    .from(evaluationConflicts)
    .innerJoin(users, eq(users.id, evaluationConflicts.userId))
    .where(eq(evaluationConflicts.roundId, roundId));
}

// --- score sheets

export async function findSheet(db: Executor, roundId: string, productId: string, memberId: string) {
  const [row] = await db
    .select()
    .from(scoreSheets)
    .where(and(eq(scoreSheets.roundId, roundId), eq(scoreSheets.productId, productId), eq(scoreSheets.memberId, memberId)));
  return row;
}

export async function insertSheet(db: Executor, values: typeof scoreSheets.$inferInsert): Promise<SheetRow> {
  const [row] = await db.insert(scoreSheets).values(values).returning();
  return row;
}

export async function updateSheet(db: Executor, id: string, version: number, values: Partial<typeof scoreSheets.$inferInsert>) {
  const [row] = await db
    .update(scoreSheets)
    .set({ ...values, version: sql`${scoreSheets.version} + 1`, updatedAt: new Date() })
    .where(and(eq(scoreSheets.id, id), eq(scoreSheets.version, version)))
    .returning();
  return row;
}

export async function listSheets(db: Executor, roundId: string) {
  return db
    .select({ sheet: scoreSheets, displayName: users.displayName })
    .from(scoreSheets)
    .innerJoin(users, eq(users.id, scoreSheets.memberId))
    .where(eq(scoreSheets.roundId, roundId))
    .orderBy(asc(scoreSheets.productId), asc(users.displayName));
}

/** Per product and member: whether a sheet exists and is complete (never the scores). */
export async function sheetProgress(db: Executor, roundId: string) {
  return db
    .select({ productId: scoreSheets.productId, memberId: scoreSheets.memberId, complete: scoreSheets.complete, updatedAt: scoreSheets.updatedAt })
    .from(scoreSheets)
    .where(eq(scoreSheets.roundId, roundId));
}

export async function deleteSheetsOfProduct(db: Executor, roundId: string, productId: string) {
  await db.delete(scoreSheets).where(and(eq(scoreSheets.roundId, roundId), eq(scoreSheets.productId, productId)));
}

// --- self-assessments

export async function insertSelfAssessment(db: Executor, values: typeof selfAssessments.$inferInsert) {
  const [row] = await db.insert(selfAssessments).values(values).returning();
  return row;
}

export async function latestSelfAssessment(db: Executor, productId: string) {
  const [row] = await db
    .select({ assessment: selfAssessments, criteriaSetCode: criteriaSets.code })
    .from(selfAssessments)
    .innerJoin(criteriaSets, eq(criteriaSets.id, selfAssessments.criteriaSetId))
    .where(eq(selfAssessments.productId, productId))
    .orderBy(desc(selfAssessments.createdAt))
    .limit(1);
  return row;
}

// --- evaluation dossiers (cycle step 5 entry, owned by the cycle module)

/** Dossiers confirmed complete and waiting for a round, in a province (all when null). */
export async function readyDossiers(db: Executor, provinceCode: string | null) {
  return db
    .select({ id: dossiers.id, productId: dossiers.productId, productName: dossiers.productName, entryPath: dossiers.entryPath, provinceCode: dossiers.provinceCode, statusChangedAt: dossiers.statusChangedAt })
    .from(dossiers)
    .where(and(eq(dossiers.status, 'complete'), sql`${dossiers.productId} is not null`, provinceCode ? eq(dossiers.provinceCode, provinceCode) : undefined))
    .orderBy(asc(dossiers.statusChangedAt));
}

export async function findDossiers(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: dossiers.id, status: dossiers.status, productId: dossiers.productId, productName: dossiers.productName, entryPath: dossiers.entryPath, provinceCode: dossiers.provinceCode })
    .from(dossiers)
    .where(inArray(dossiers.id, ids));
}

/** Writes the pre-assessed sheet criteria into the dossier's pre-assessment record (key `sheet`), keeping the commune's dossier results. */
export async function setDossierSheetPreAssessment(db: Executor, dossierId: string, value: unknown) {
  const [row] = await db
    .update(dossiers)
    .set({
      preAssessment: sql`coalesce(${dossiers.preAssessment}, '{}'::jsonb) || jsonb_build_object('sheet', ${JSON.stringify(value)}::jsonb)`,
      version: sql`${dossiers.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(dossiers.id, dossierId))
    .returning({ id: dossiers.id });
  return row;
}
