import type { Db, Executor } from '../../db/client';
import * as repo from '../../db/repositories/trade.repository';
import { findUnit } from '../../db/repositories/units.repository';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldProblem } from '../../domain/errors';
import { actionsOn, authorize, may, mayAnywhere, scopeOf, type Actor, type Located, type UnitStructure } from '../../domain/policy';
import { eligibilityDay, tradeRefusal } from '../../domain/trade/eligibility';
import { searchDocument, searchKey } from '../../domain/text/normalize';
import type { TradeProduct } from '../../contracts/trade';
import { audit, diff, timeline, type AuditActor } from '../audit.service';
import * as clock from '../clock';
import type { KindSpec, TradeColumns } from './kinds';

/**
 * The use cases of the five kinds of trade-promotion record (fairs, sales points, contracts,
 * listings, gift combos), one implementation over their kind specs: jurisdiction through the
 * policy, the 3★ rule on every product entered, audited writes with version checks, and
 * idempotent creation by request id.
 */

type Place = Omit<Located, 'entityId'>;

export interface TradeListParams {
  q?: string;
  unit?: string;
  productId?: string;
  category?: string;
  status?: string;
  year?: number;
  page: number;
  pageSize: number;
}

function locatedOf(row: repo.TradeRow): Place {
  return { unitStructure: row.unitStructure as UnitStructure, unitCode: row.unitCode, provinceCode: row.provinceCode, districtCode: row.districtCode };
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/** A province or a commune of the current structure. */
async function placeOf(db: Executor, unitCode: string): Promise<Place> {
  const unit = await findUnit(db, 'current', unitCode);
  if (!unit) throw new ValidationError([{ path: 'unitCode', code: 'errors.unit.unknown', params: { code: unitCode } }]);
  if (unit.level !== 'province' && unit.level !== 'commune') throw new ValidationError([{ path: 'unitCode', code: 'errors.trade.unitLevel' }]);
  return { unitStructure: 'current', unitCode: unit.code, provinceCode: unit.currentProvinceCode, districtCode: null };
}

function presentProduct(p: repo.TradeProductRow): TradeProduct {
  return { id: p.id, name: p.name, stars: p.stars, entityId: p.entityId, entityName: p.entityName };
}

export function tradeService<F extends object, O>(spec: KindSpec<F, O>) {
  const productPath = (i: number) => (spec.placeFromProduct ? 'productId' : `productIds.${i}`);

  /** The products and entities the given rows name, loaded once for a page. */
  async function extrasFor(db: Executor, rows: repo.TradeRow[]) {
    const productIds = [...new Set(rows.flatMap((r) => r.productIds))];
    const entityIds = [...new Set(rows.flatMap((r) => r.entityIds))];
    const [products, entities] = await Promise.all([repo.tradeProducts(db, productIds, clock.today()), repo.entityNames(db, entityIds)]);
    const productById = new Map(products.map((p) => [p.id, presentProduct(p)]));
    const entityById = new Map(entities.map((e) => [e.id, e]));
    return (row: repo.TradeRow) => {
      const named = row.productIds.map((id) => productById.get(id)).filter((p): p is TradeProduct => !!p);
      const seen = new Map<string, { id: string; name: string }>();
      for (const id of row.entityIds) if (entityById.has(id)) seen.set(id, entityById.get(id)!);
      for (const p of named) if (!seen.has(p.entityId)) seen.set(p.entityId, { id: p.entityId, name: p.entityName });
      return { products: named, entities: [...seen.values()] };
    };
  }

  function present(view: repo.TradeView, actor: Actor, extras: ReturnType<Awaited<ReturnType<typeof extrasFor>>>): O {
    const r = view.record;
    return {
      id: r.id,
      version: r.version,
      unitStructure: r.unitStructure as UnitStructure,
      unitCode: r.unitCode,
      unitName: view.unitName,
      provinceCode: r.provinceCode,
      provinceName: view.provinceName,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      actions: actionsOn(actor, spec.kind, locatedOf(r)),
      ...spec.present(spec.fields(r), extras),
    } as O;
  }

  async function presentOne(db: Executor, actor: Actor, id: string): Promise<O> {
    const view = (await repo.getTradeRecord(db, spec.kind, id))!;
    return present(view, actor, (await extrasFor(db, [view.record]))(view.record));
  }

  /**
   * Refuses products that are unknown or hold no valid 3★+ certificate on the record's day (only
   * those being added: products already on a record stay when their certificate later expires),
   * and unknown entities. Returns the products' rows.
   */
  async function checkEntries(db: Executor, cols: TradeColumns, day: string, before?: repo.TradeRow) {
    const rows = await repo.tradeProducts(db, cols.productIds, day);
    const byId = new Map(rows.map((p) => [p.id, p]));
    const problems: FieldProblem[] = [];
    cols.productIds.forEach((id, i) => {
      if (before?.productIds.includes(id)) return;
      const p = byId.get(id);
      const refusal = tradeRefusal(p ? { id, name: p.name, certifiedStars: p.certifiedStars } : undefined);
      if (refusal === 'unknown') problems.push({ path: productPath(i), code: 'errors.trade.productUnknown', params: { id } });
      if (refusal === 'notCertified') problems.push({ path: productPath(i), code: 'errors.trade.productNotCertified', params: { name: p!.name } });
    });
    if (new Set(cols.productIds).size !== cols.productIds.length) problems.push({ path: spec.placeFromProduct ? 'productId' : 'productIds', code: 'errors.trade.duplicateProduct' });
    const entities = await repo.entityNames(db, cols.entityIds);
    cols.entityIds.forEach((id, i) => {
      if (!entities.some((e) => e.id === id)) problems.push({ path: `entityIds.${i}`, code: 'errors.entity.unknown' });
    });
    if (cols.startsOn && cols.endsOn && cols.endsOn < cols.startsOn) problems.push({ path: 'endsOn', code: 'errors.trade.endBeforeStart' });
    if (problems.length) throw new ValidationError(problems);
    return rows;
  }

  /** Where the record will sit, which must lie where the actor may `action`. */
  async function placeFor(db: Executor, actor: Actor, action: 'create' | 'update', unitCode: string | undefined, products: repo.TradeProductRow[]): Promise<Place> {
    let place: Place;
    let path = 'unitCode';
    if (spec.placeFromProduct) {
      const p = products[0];
      place = { unitStructure: p.unitStructure as UnitStructure, unitCode: p.unitCode, provinceCode: p.provinceCode, districtCode: null };
      path = 'productId';
    } else {
      place = await placeOf(db, unitCode!);
    }
    if (!may(actor, action, spec.kind, place)) throw new ValidationError([{ path, code: 'errors.unit.outOfScope' }]);
    return place;
  }

  function searchText(cols: TradeColumns, products: repo.TradeProductRow[]): string {
    const texts = Object.values(cols.details).filter((v): v is string => typeof v === 'string');
    return searchDocument(cols.name, ...texts, ...((cols.details.parties as string[] | undefined) ?? []), ...products.map((p) => p.name));
  }

  const auditView = (row: repo.TradeRow) => ({ ...spec.fields(row), unitCode: row.unitCode }) as Record<string, unknown>;

  return {
    async list(db: Db, actor: Actor, params: TradeListParams) {
      const { rows, total } = await repo.listTradeRecords(db, {
        ...params,
        kind: spec.kind,
        q: params.q ? searchKey(params.q) : undefined,
        scope: scopeOf(actor, 'read', spec.kind),
      });
      const extras = await extrasFor(db, rows.map((r) => r.record));
      return { items: rows.map((v) => present(v, actor, extras(v.record))), total };
    },

    async get(db: Db, actor: Actor, id: string): Promise<O> {
      const view = await repo.getTradeRecord(db, spec.kind, id);
      if (!view) throw new NotFoundError(spec.kind);
      authorize(actor, 'read', spec.kind, locatedOf(view.record));
      return present(view, actor, (await extrasFor(db, [view.record]))(view.record));
    },

    /** Creates the record, or returns the first one for a retried request id (`created` false). */
    async create(db: Db, actor: Actor, who: AuditActor, input: F & { unitCode?: string; requestId?: string }, headerKey: string | null): Promise<{ record: O; created: boolean }> {
      if (!mayAnywhere(actor, 'create', spec.kind)) throw new ForbiddenError();
      const { unitCode, requestId: bodyKey, ...fields } = input;
      const requestId = headerKey ?? bodyKey ?? null;
      if (requestId) {
        const first = await repo.findByRequest(db, actor.id, requestId);
        if (first) return { record: await presentOne(db, actor, first.id), created: false };
      }
      const f = fields as unknown as F;
      const cols = spec.columns(f);
      const products = await checkEntries(db, cols, eligibilityDay(spec.date(f), clock.today()));
      const place = await placeFor(db, actor, 'create', unitCode, products);
      try {
        const id = await db.transaction(async (tx) => {
          const row = await repo.insertTradeRecord(tx, { kind: spec.kind, ...cols, ...place, searchText: searchText(cols, products), requestId, createdBy: actor.id });
          await audit(tx, who, 'create', spec.kind, row.id, diff(null, auditView(row), [...spec.auditFields]));
          return row.id;
        });
        return { record: await presentOne(db, actor, id), created: true };
      } catch (e) {
        // a concurrent retry with the same request id committed first: answer with its record
        if (requestId && isUniqueViolation(e)) {
          const first = await repo.findByRequest(db, actor.id, requestId);
          if (first) return { record: await presentOne(db, actor, first.id), created: false };
        }
        throw e;
      }
    },

    async update(db: Db, actor: Actor, who: AuditActor, id: string, patch: Partial<F> & { unitCode?: string; version: number }): Promise<O> {
      const view = await repo.getTradeRecord(db, spec.kind, id);
      if (!view) throw new NotFoundError(spec.kind);
      const before = view.record;
      authorize(actor, 'update', spec.kind, locatedOf(before));
      const { version, unitCode, ...changes } = patch;
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const f = { ...spec.fields(before), ...defined } as F;
      const cols = spec.columns(f);
      const products = await checkEntries(db, cols, eligibilityDay(spec.date(f), clock.today()), before);
      const moves = spec.placeFromProduct ? cols.productIds[0] !== before.productIds[0] : !!unitCode && unitCode !== before.unitCode;
      const place = moves ? await placeFor(db, actor, 'update', unitCode, products) : {};
      await db.transaction(async (tx) => {
        const after = await repo.updateTradeRecord(tx, id, version, { ...cols, ...place, searchText: searchText(cols, products) });
        if (!after) throw new ConflictError('errors.conflict.stale', { current: before.version, sent: version });
        await audit(tx, who, 'update', spec.kind, id, diff(auditView(before), auditView(after), [...spec.auditFields]));
      });
      return presentOne(db, actor, id);
    },

    async timeline(db: Db, actor: Actor, id: string) {
      const view = await repo.getTradeRecord(db, spec.kind, id);
      if (!view) throw new NotFoundError(spec.kind);
      authorize(actor, 'audit', spec.kind, locatedOf(view.record));
      return timeline(db, spec.kind, id);
    },
  };
}
