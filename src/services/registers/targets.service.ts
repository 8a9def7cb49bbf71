import type { Db } from '../../db/client';
import * as repo from '../../db/repositories/targets.repository';
import { findUnit } from '../../db/repositories/units.repository';
import type { Target, TargetInput, TargetPatch } from '../../contracts/targets';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors';
import { actionsOn, authorize, may, scopeOf, type Actor, type Located } from '../../domain/policy';
import { audit, diff, timeline, type AuditActor } from '../audit.service';
import { resolveUnit } from '../reports/units';
import type { Lang } from '../../i18n/lang';

/** Yearly programme targets of a unit (the nation, a current province or commune). */

const AUDIT_FIELDS = ['year', 'unitCode', 'values', 'note'];

type View = NonNullable<Awaited<ReturnType<typeof repo.getTarget>>>;

function recordOf(t: repo.TargetRow): Located {
  return { unitStructure: 'current', unitCode: t.unitCode, provinceCode: t.provinceCode ?? '', districtCode: t.districtCode };
}

export function presentTarget(v: View, actor: Actor | null): Target {
  const t = v.target;
  return {
    id: t.id,
    version: t.version,
    year: t.year,
    unitCode: t.unitCode,
    unitName: t.unitCode === 'VN' ? null : v.unitName,
    provinceCode: t.provinceCode,
    values: t.values,
    note: t.note,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    actions: actionsOn(actor, 'target', recordOf(t)),
  };
}

async function load(db: Db, actor: Actor, id: string, action: 'read' | 'update' | 'delete' | 'audit') {
  const view = await repo.getTarget(db, id);
  if (!view) throw new NotFoundError('target');
  authorize(actor, action, 'target', recordOf(view.target));
  return view;
}

export async function listTargets(db: Db, actor: Actor, q: { unit?: string; year?: number }, lang: Lang) {
  const area = q.unit ? (await resolveUnit(db, q.unit, lang)).area : undefined;
  const rows = await repo.listTargets(db, { scope: scopeOf(actor, 'read', 'target'), area, year: q.year });
  return { items: rows.map((r) => presentTarget(r, actor)) };
}

export async function getTarget(db: Db, actor: Actor, id: string) {
  return presentTarget(await load(db, actor, id, 'read'), actor);
}

export async function createTarget(db: Db, actor: Actor, who: AuditActor, input: TargetInput) {
  let provinceCode: string | null = null;
  if (input.unitCode !== 'VN') {
    const unit = await findUnit(db, 'current', input.unitCode);
    if (!unit || unit.level === 'district') throw new ValidationError([{ path: 'unitCode', code: 'errors.target.unit' }]);
    provinceCode = unit.currentProvinceCode;
  }
  if (!may(actor, 'create', 'target', { unitStructure: 'current', unitCode: input.unitCode, provinceCode: provinceCode ?? '', districtCode: null })) {
    throw new ValidationError([{ path: 'unitCode', code: 'errors.unit.outOfScope' }]);
  }
  if (await repo.findTarget(db, input.unitCode, input.year)) throw new ConflictError('errors.target.duplicate', { year: input.year });
  const id = await db.transaction(async (tx) => {
    const row = await repo.insertTarget(tx, { year: input.year, unitCode: input.unitCode, provinceCode, values: input.values, note: input.note ?? null, createdById: actor.id });
    await audit(tx, who, 'create', 'target', row.id, diff(null, row, AUDIT_FIELDS));
    return row.id;
  });
  return presentTarget((await repo.getTarget(db, id))!, actor);
}

export async function updateTarget(db: Db, actor: Actor, who: AuditActor, id: string, input: TargetPatch) {
  const view = await load(db, actor, id, 'update');
  const before = view.target;
  await db.transaction(async (tx) => {
    const after = await repo.updateTarget(tx, id, input.version, {
      values: input.values ?? before.values,
      note: input.note === undefined ? before.note : input.note,
    });
    if (!after) throw new ConflictError('errors.conflict.stale', { current: before.version, sent: input.version });
    await audit(tx, who, 'update', 'target', id, diff(before, after, AUDIT_FIELDS));
  });
  return presentTarget((await repo.getTarget(db, id))!, actor);
}

export async function deleteTarget(db: Db, actor: Actor, who: AuditActor, id: string, version: number): Promise<void> {
  const view = await load(db, actor, id, 'delete');
  await db.transaction(async (tx) => {
    const row = await repo.deleteTarget(tx, id, version);
    if (!row) throw new ConflictError('errors.conflict.stale', { current: view.target.version, sent: version });
    await audit(tx, who, 'delete', 'target', id, diff(view.target, null, AUDIT_FIELDS));
  });
}

export async function targetTimeline(db: Db, actor: Actor, id: string) {
  await load(db, actor, id, 'audit');
  return timeline(db, 'target', id);
}
