import type { Db, Executor } from '../db/client';
import * as repo from '../db/repositories/criteria-sets.repository';
import { ConflictError, ForbiddenError, NotFoundError } from '../domain/errors';
import { actionsOn, may, mayAnywhere, type Actor } from '../domain/policy';
import { assertIsoDate } from '../domain/dates';
import { allSheets, criteriaSetInForce, loadOfficialCriteriaSets, parseCriteriaSet, sheetFor, type CriteriaSet, type CriteriaSetStatus, type ProductGroupCode } from '../domain/criteria';
import { audit, type AuditActor } from './audit.service';
import type { criteriaSets, CriteriaSetDetail, CriteriaSetSummary } from '../contracts/criteria-sets';
import type { QueryOf } from '../contracts/http';

/**
 * Criteria sets as versioned data (SPEC C4): the shipped decisions (resources/criteria-sets)
 * are copied into the database on first use; an administrator adds versions as drafts and
 * publishes them. A published version never changes (a trigger enforces it); it can only be
 * withdrawn so that new rounds stop choosing it.
 */

const SYSTEM: AuditActor = { id: null, name: 'Hệ thống (bộ tiêu chí chính thức)' };

/** Copies the shipped criteria sets into the database when missing (idempotent, safe to race). */
export async function ensureOfficialCriteriaSets(db: Executor): Promise<void> {
  for (const set of loadOfficialCriteriaSets()) {
    const row = await repo.insertCriteriaSetIfAbsent(db, {
      ...columnsOf(set),
      status: set.status,
      official: true,
      definition: set,
      publishedAt: new Date(),
    });
    if (row) await audit(db, SYSTEM, 'criteria-set.load', 'criteria_set', row.id, { code: row.code, status: row.status }, 'resources/criteria-sets');
  }
}

function columnsOf(set: CriteriaSet) {
  return {
    code: set.code,
    ruleVersion: set.ruleVersion,
    decisionNumber: set.decision.number,
    effectiveFrom: set.effectiveFrom,
    effectiveTo: set.effectiveTo,
    groups: [...set.groups],
    toBeConfirmed: set.toBeConfirmed,
  };
}

/** The set a row holds, with the row's status (the authority once stored). */
export function definitionOf(row: repo.CriteriaSetRow): CriteriaSet {
  return { ...row.definition, status: row.status };
}

// Published definitions never change: cache them by row id for scoring.
const definitions = new Map<string, CriteriaSet>();

/** The definition of a set by id (published sets are cached; they never change). */
export async function criteriaSetById(db: Executor, id: string): Promise<CriteriaSet> {
  const cached = definitions.get(id);
  if (cached) return cached;
  const row = await repo.findCriteriaSetById(db, id);
  if (!row) throw new NotFoundError('criteriaSet');
  const set = definitionOf(row);
  if (row.status !== 'draft') definitions.set(id, { ...set, status: 'published' });
  return set;
}

/**
 * The sheet a product of a round (or a self-assessment) is scored on: its version reduced to
 * the product set's sheet. A stored sheet code that the version lacks is a data error (500 is right).
 */
export async function entrySheet(db: Executor, entry: { criteriaSetId: string; sheetCode?: string | null }): Promise<CriteriaSet> {
  const version = await criteriaSetById(db, entry.criteriaSetId);
  const sheet = sheetFor(version, entry.sheetCode ?? null);
  if (!sheet) throw new Error(`criteria set ${version.code} has no sheet ${entry.sheetCode ?? '(none)'}`);
  return sheet;
}

/** Published sets with their row ids (for choosing the set in force). */
export async function publishedCriteriaSets(db: Executor): Promise<Array<{ id: string; set: CriteriaSet }>> {
  const rows = await repo.listCriteriaSets(db, { statuses: ['published'] });
  return rows.map((r) => ({ id: r.id, set: definitionOf(r) }));
}

/** The published set in force for a product group on a date, with its row id. */
export async function criteriaSetFor(db: Executor, date: string, group: string): Promise<{ id: string; set: CriteriaSet } | undefined> {
  const published = await publishedCriteriaSets(db);
  const chosen = criteriaSetInForce(published.map((p) => p.set), date, group as ProductGroupCode);
  return chosen ? published.find((p) => p.set === chosen) : undefined;
}

function summary(row: repo.CriteriaSetRow, actor: Actor | null): CriteriaSetSummary {
  const set = definitionOf(row);
  return {
    id: row.id,
    code: row.code,
    ruleVersion: row.ruleVersion,
    decision: set.decision,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    groups: row.groups,
    status: row.status,
    toBeConfirmed: row.toBeConfirmed,
    official: row.official,
    basedOn: row.basedOn,
    parts: set.parts,
    criteriaCount: allSheets(set).reduce((n, s) => n + s.criteria.length, 0),
    disqualifyingCount: allSheets(set).reduce((n, s) => n + s.criteria.filter((c) => c.disqualifying).length + (s.knockOuts?.length ?? 0), 0),
    sheets: (set.sheets ?? []).map((sh) => ({
      code: sh.code,
      name: sh.name,
      productSets: sh.productSets,
      criteriaCount: sheetFor(set, sh.code)?.criteria.length ?? 0,
      toBeConfirmed: !!sh.toBeConfirmed,
      note: sh.note ?? null,
    })),
    note: set.note ?? null,
    version: row.version,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    actions: actionsOn(actor, 'criteriaSet', row),
  };
}

/** Administrators see and change drafts; everyone else reads the published rules. */
function managesRules(actor: Actor | null): boolean {
  return mayAnywhere(actor, 'create', 'criteriaSet');
}

export type CriteriaSetListParams = QueryOf<typeof criteriaSets.list>;

/**
 * Versions, newest first. Without a date: every version (drafts for administrators only).
 * With a date: the published versions in force that day; with a group too, `applies` marks
 * the one a round of that date would use for the group.
 */
export async function listCriteriaSets(db: Db, actor: Actor | null, params: CriteriaSetListParams): Promise<{ items: CriteriaSetSummary[] }> {
  if (params.date) assertIsoDate(params.date, 'date');
  const statuses: CriteriaSetStatus[] | undefined = params.date ? ['published'] : params.status ? [params.status] : managesRules(actor) ? undefined : ['published', 'withdrawn'];
  if (statuses?.includes('draft') && !managesRules(actor)) return { items: [] };
  const rows = await repo.listCriteriaSets(db, { statuses, date: params.date, group: params.group });
  const items: CriteriaSetSummary[] = rows.map((r) => summary(r, actor));
  if (params.date && params.group) {
    const chosen = criteriaSetInForce(rows.map(definitionOf), params.date, params.group);
    for (const item of items) item.applies = item.code === chosen?.code;
    items.sort((a, b) => Number(b.applies) - Number(a.applies));
  }
  return { items };
}

async function loadVisible(db: Executor, actor: Actor | null, code: string): Promise<repo.CriteriaSetRow> {
  const row = await repo.findCriteriaSetByCode(db, code);
  if (!row || !may(actor, 'read', 'criteriaSet', row)) throw new NotFoundError('criteriaSet');
  return row;
}

export async function getCriteriaSet(db: Db, actor: Actor | null, code: string): Promise<CriteriaSetDetail> {
  const row = await loadVisible(db, actor, code);
  return { ...summary(row, actor), definition: definitionOf(row) };
}

function requireAdmin(actor: Actor): void {
  if (!managesRules(actor)) throw new ForbiddenError();
}

/** A new version, always as a draft; `basedOn` names the version it was copied from. */
export async function createCriteriaSet(db: Db, actor: Actor, who: AuditActor, input: unknown, basedOn?: string | null): Promise<CriteriaSetDetail> {
  requireAdmin(actor);
  const set = parseCriteriaSet(withStatus(input, 'draft'));
  await db.transaction(async (tx) => {
    if (await repo.findCriteriaSetByCode(tx, set.code)) throw new ConflictError('errors.criteriaSet.codeTaken', { code: set.code });
    const row = await repo.insertCriteriaSetIfAbsent(tx, { ...columnsOf(set), status: 'draft', definition: set, basedOn: basedOn ?? null, createdBy: actor.id });
    if (!row) throw new ConflictError('errors.criteriaSet.codeTaken', { code: set.code });
    await audit(tx, who, 'criteria-set.create', 'criteria_set', row.id, { code: set.code, basedOn: basedOn ?? null });
  });
  return getCriteriaSet(db, actor, set.code);
}

function withStatus(input: unknown, status: string): unknown {
  return input && typeof input === 'object' && !Array.isArray(input) ? { ...(input as object), status } : input;
}

/** Replaces a draft's content (the code cannot change); 409 once published. */
export async function updateCriteriaSet(db: Db, actor: Actor, who: AuditActor, code: string, version: number, input: unknown): Promise<CriteriaSetDetail> {
  requireAdmin(actor);
  const row = await loadVisible(db, actor, code);
  if (row.status !== 'draft') throw new ConflictError('errors.criteriaSet.notDraft', { code, status: row.status });
  const set = parseCriteriaSet(withStatus({ ...(input as object), code }, 'draft'));
  await db.transaction(async (tx) => {
    const after = await repo.updateCriteriaSet(tx, row.id, version, { ...columnsOf(set), definition: set });
    if (!after) throw new ConflictError('errors.conflict.stale', { current: row.version, sent: version });
    await audit(tx, who, 'criteria-set.update', 'criteria_set', row.id, { code, criteria: set.criteria.length });
  });
  return getCriteriaSet(db, actor, code);
}

/** draft → published. Refused when another published version would make the choice ambiguous. */
export async function publishCriteriaSet(db: Db, actor: Actor, who: AuditActor, code: string, version: number): Promise<CriteriaSetDetail> {
  requireAdmin(actor);
  const row = await loadVisible(db, actor, code);
  if (row.status !== 'draft') throw new ConflictError('errors.criteriaSet.notDraft', { code, status: row.status });
  const set = definitionOf(row);
  await db.transaction(async (tx) => {
    const others = (await repo.listCriteriaSets(tx, { statuses: ['published'] })).map(definitionOf);
    const clash = others.find(
      (o) => o.effectiveFrom === set.effectiveFrom && o.groups.length === set.groups.length && o.groups.some((g) => set.groups.includes(g)),
    );
    if (clash) throw new ConflictError('errors.criteriaSet.ambiguous', { codes: `${clash.code}, ${set.code}`, date: set.effectiveFrom, group: set.groups.join(', ') });
    const after = await repo.updateCriteriaSet(tx, row.id, version, {
      status: 'published',
      definition: { ...set, status: 'published' },
      publishedAt: new Date(),
      publishedBy: actor.id,
    });
    if (!after) throw new ConflictError('errors.conflict.stale', { current: row.version, sent: version });
    await audit(tx, who, 'criteria-set.publish', 'criteria_set', row.id, { status: { from: 'draft', to: 'published' } });
  });
  return getCriteriaSet(db, actor, code);
}

/** published → withdrawn: new rounds stop choosing it; rounds that used it keep it. */
export async function withdrawCriteriaSet(db: Db, actor: Actor, who: AuditActor, code: string, version: number, reason: string): Promise<CriteriaSetDetail> {
  requireAdmin(actor);
  const row = await loadVisible(db, actor, code);
  if (row.status !== 'published') throw new ConflictError('errors.criteriaSet.notPublished', { code, status: row.status });
  await db.transaction(async (tx) => {
    const after = await repo.updateCriteriaSet(tx, row.id, version, { status: 'withdrawn' });
    if (!after) throw new ConflictError('errors.conflict.stale', { current: row.version, sent: version });
    await audit(tx, who, 'criteria-set.withdraw', 'criteria_set', row.id, { status: { from: 'published', to: 'withdrawn' } }, reason);
  });
  return getCriteriaSet(db, actor, code);
}

export async function deleteCriteriaSet(db: Db, actor: Actor, who: AuditActor, code: string, version: number): Promise<void> {
  requireAdmin(actor);
  const row = await loadVisible(db, actor, code);
  if (row.status !== 'draft') throw new ConflictError('errors.criteriaSet.notDraft', { code, status: row.status });
  await db.transaction(async (tx) => {
    if ((await repo.criteriaSetUsage(tx, row.id)) > 0) throw new ConflictError('errors.criteriaSet.inUse', { code });
    const deleted = await repo.deleteDraftCriteriaSet(tx, row.id, version);
    if (!deleted) throw new ConflictError('errors.conflict.stale', { current: row.version, sent: version });
    await audit(tx, who, 'criteria-set.delete', 'criteria_set', row.id, { code });
  });
}

/** Checks a body without saving it (the admin screen's "validate" button). */
export function validateOnly(input: unknown): { valid: true } {
  parseCriteriaSet(withStatus(input, 'draft'));
  return { valid: true };
}

