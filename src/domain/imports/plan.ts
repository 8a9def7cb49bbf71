import { searchKey } from '../text/normalize';
import type { Located } from '../policy/scope';
import { changedFields, entityKey, rowKey } from './keys';
import type { ResolvedPlace } from './places';
import type { ActivityFields, CertificateFields, EntityFields, FigureFields, ProductFields, Recognition, RowProblem } from './rows';
import type { SheetRow } from './sheet';

/**
 * What an import will do, decided before anything is written: each row creates, updates or
 * leaves unchanged its record; a products list creates the entities it does not find (by tax
 * code, else by name within the commune) and records the recognition it carries. The same
 * plan is made again inside the commit's transaction; if it differs from the preview's, the
 * data changed in between and the commit refuses.
 */

export interface KnownEntity {
  id: string;
  version: number;
  name: string;
  taxCode: string | null;
  type: string;
  representative: string;
  address: string;
  unitStructure: string;
  unitCode: string;
  provinceCode: string;
  districtCode: string | null;
  phone: string | null;
  email: string | null;
  foundedYear: number | null;
}
export interface KnownProduct {
  id: string;
  version: number;
  entityId: string;
  name: string;
  groupCode: string;
  subgroupCode: string;
  priceVnd: number | null;
}
export interface KnownState {
  entities: KnownEntity[];
  products: KnownProduct[];
  stars: Array<{ productId: string; year: number; stars: number }>;
  figures: Array<{ productId: string; year: number; revenueVnd: number; costVnd: number; profitVnd: number; output: number | null; outputUnit: string | null; employees: number | null }>;
  certificates: Array<{ id: string; number: string; productId: string; stars: number; decisionNumber: string; decisionDate: string }>;
  activities: Array<{ unitCode: string; kind: string; date: string; title: string | null; count: number; budgetVnd: number }>;
}

/** A reference to a record: stored (id) or created earlier in the same import (key). */
export type Ref = { id: string } | { key: string };

export type Write =
  | { op: 'entity.create'; key: string; fields: EntityFields }
  | { op: 'entity.update'; id: string; version: number; changes: Partial<EntityFields> }
  | { op: 'product.create'; key: string; entity: Ref; fields: Omit<ProductFields, 'entity' | 'recognition'> }
  | { op: 'product.update'; id: string; version: number; changes: Partial<Pick<ProductFields, 'groupCode' | 'subgroupCode' | 'priceVnd'>> }
  | { op: 'stars.create'; product: Ref; recognition: Recognition; place: ResolvedPlace }
  | { op: 'figure.put'; product: Ref; fields: Omit<FigureFields, 'productName' | 'entity'>; existed: boolean }
  | { op: 'certificate.create'; product: Ref; fields: CertificateFields; place: ResolvedPlace }
  | { op: 'activity.create'; fields: ActivityFields };

export type RowAction = 'create' | 'update' | 'unchanged';

export interface PlannedRow {
  sheet: string;
  row: number;
  action: RowAction;
  /** The record the row is about, as the preview shows it. */
  label: string;
  /** The stored record it matched, if any. */
  matchedId: string | null;
}

export interface PlanProblem extends RowProblem {
  sheet: string;
  row: number;
}

export interface Plan {
  rows: PlannedRow[];
  writes: Write[];
  problems: PlanProblem[];
  summary: { create: number; update: number; unchanged: number };
  /** Stored records the plan relies on, with their versions (part of the digest). */
  matched: string[];
}

/** May the importer write this record here? (The policy, asked by the caller.) */
export type MayWrite = (kind: 'entity' | 'product' | 'activity', action: 'create' | 'update', at: Located) => boolean;

const nameKey = (s: string) => searchKey(s);

function locatedOf(place: ResolvedPlace, entityId: string | null = null): Located {
  return { unitStructure: 'current', unitCode: place.currentCode, provinceCode: place.currentProvinceCode, districtCode: null, entityId };
}

function locatedOfKnown(e: KnownEntity): Located {
  return { unitStructure: e.unitStructure as Located['unitStructure'], unitCode: e.unitCode, provinceCode: e.provinceCode, districtCode: e.districtCode, entityId: e.id };
}

export function makePlan(rows: readonly SheetRow[], known: KnownState, mayWrite: MayWrite): Plan {
  const plan: Plan = { rows: [], writes: [], problems: [], summary: { create: 0, update: 0, unchanged: 0 }, matched: [] };
  const byTax = new Map(known.entities.filter((e) => e.taxCode).map((e) => [e.taxCode!, e]));
  const byName = new Map(known.entities.map((e) => [`${e.unitCode}:${nameKey(e.name)}`, e]));
  const productsByEntity = new Map<string, KnownProduct>();
  for (const p of known.products) productsByEntity.set(`${p.entityId}|${nameKey(p.name)}`, p);
  const stars = new Set(known.stars.map((s) => `${s.productId}|${s.year}|${s.stars}`));
  const figures = new Map(known.figures.map((f) => [`${f.productId}|${f.year}`, f]));
  const certs = new Map(known.certificates.map((c) => [nameKey(c.number), c]));
  const activities = new Set(known.activities.map((a) => `${a.unitCode}|${a.kind}|${a.date}|${nameKey(a.title ?? '')}`));
  const matched = new Map<string, number>();
  const seen = new Map<string, { sheet: string; row: number }>();
  const newEntities = new Map<string, string>(); // entity key → temp key
  const newProducts = new Set<string>();
  const newStars = new Set<string>();

  const problem = (r: SheetRow, field: string | null, code: string, params?: Record<string, string | number>) =>
    plan.problems.push({ sheet: r.sheet, row: r.row, field, code, params });

  /** The stored entity a row names, or null; a problem when it lies outside the jurisdiction. */
  const findEntity = (e: Pick<EntityFields, 'taxCode' | 'name' | 'place'>) =>
    (e.taxCode ? byTax.get(e.taxCode) : undefined) ?? byName.get(`${e.place.currentCode}:${nameKey(e.name)}`) ?? null;

  /** The entity of a products/figures row: stored, created earlier in the file, or to create now. */
  const entityRef = (r: SheetRow, e: EntityFields, create: boolean): { ref: Ref; stored: KnownEntity | null; created: boolean } | null => {
    const stored = findEntity(e);
    if (stored) {
      if (!mayWrite('product', 'create', locatedOfKnown(stored))) {
        problem(r, e.taxCode ? 'taxCode' : 'entityName', 'outOfJurisdiction');
        return null;
      }
      matched.set(stored.id, stored.version);
      return { ref: { id: stored.id }, stored, created: false };
    }
    const key = entityKey(e);
    const pending = newEntities.get(key);
    if (pending) return { ref: { key: pending }, stored: null, created: false };
    if (!create) {
      problem(r, 'entityName', 'entityUnknown', { value: e.name });
      return null;
    }
    if (!mayWrite('entity', 'create', locatedOf(e.place))) {
      problem(r, 'commune', 'outOfJurisdiction');
      return null;
    }
    newEntities.set(key, key);
    plan.writes.push({ op: 'entity.create', key, fields: e });
    return { ref: { key }, stored: null, created: true };
  };

  /** The stored product of an entity by name, or one created earlier in the file. */
  const productRef = (entity: Ref, name: string): { ref: Ref; stored: KnownProduct | null } | null => {
    if ('id' in entity) {
      const stored = productsByEntity.get(`${entity.id}|${nameKey(name)}`);
      if (stored) {
        matched.set(stored.id, stored.version);
        return { ref: { id: stored.id }, stored };
      }
    }
    const key = `${'id' in entity ? entity.id : entity.key}|${nameKey(name)}`;
    return newProducts.has(key) ? { ref: { key }, stored: null } : null;
  };

  const finish = (r: SheetRow, action: RowAction, label: string, matchedId: string | null) => {
    plan.rows.push({ sheet: r.sheet, row: r.row, action, label, matchedId });
    plan.summary[action]++;
  };

  for (const r of rows) {
    const key = rowKey(r.parsed) + (r.parsed.kind === 'products' && r.parsed.fields.recognition ? `|${r.parsed.fields.recognition.year}` : '');
    const first = seen.get(key);
    if (first) {
      problem(r, null, 'duplicateInFile', { sheet: first.sheet, row: first.row });
      continue;
    }
    seen.set(key, { sheet: r.sheet, row: r.row });
    const before = plan.problems.length;
    const writesBefore = plan.writes.length;
    const outcome = planRow(r);
    if (plan.problems.length > before) {
      plan.writes.length = writesBefore; // a row with a problem writes nothing (and the commit is refused)
      continue;
    }
    if (outcome) finish(r, outcome.action, outcome.label, outcome.matchedId);
  }

  function planRow(r: SheetRow): { action: RowAction; label: string; matchedId: string | null } | null {
    const p = r.parsed;
    switch (p.kind) {
      case 'entities': {
        const e = p.fields;
        const stored = findEntity(e);
        if (!stored) {
          const k = entityKey(e);
          if (!mayWrite('entity', 'create', locatedOf(e.place))) return problem(r, 'commune', 'outOfJurisdiction'), null;
          newEntities.set(k, k);
          plan.writes.push({ op: 'entity.create', key: k, fields: e });
          return { action: 'create', label: e.name, matchedId: null };
        }
        if (!mayWrite('entity', 'update', locatedOfKnown(stored))) return problem(r, e.taxCode ? 'taxCode' : 'entityName', 'outOfJurisdiction'), null;
        matched.set(stored.id, stored.version);
        const incoming = { type: e.type, representative: e.representative, address: e.address, phone: e.phone, email: e.email, foundedYear: e.foundedYear, taxCode: e.taxCode };
        const changed = changedFields(stored as unknown as Record<string, unknown>, incoming);
        if (changed.length === 0) return { action: 'unchanged', label: e.name, matchedId: stored.id };
        const changes = Object.fromEntries(changed.map((f) => [f, incoming[f as keyof typeof incoming]])) as Partial<EntityFields>;
        plan.writes.push({ op: 'entity.update', id: stored.id, version: stored.version, changes });
        return { action: 'update', label: e.name, matchedId: stored.id };
      }
      case 'products': {
        const f = p.fields;
        const entity = entityRef(r, f.entity, true);
        if (!entity) return null;
        const found = productRef(entity.ref, f.name);
        let action: RowAction = 'unchanged';
        let product: Ref;
        if (!found) {
          const k = `${'id' in entity.ref ? entity.ref.id : entity.ref.key}|${nameKey(f.name)}`;
          newProducts.add(k);
          plan.writes.push({ op: 'product.create', key: k, entity: entity.ref, fields: { name: f.name, groupCode: f.groupCode, subgroupCode: f.subgroupCode, priceVnd: f.priceVnd } });
          product = { key: k };
          action = 'create';
        } else {
          product = found.ref;
          if (found.stored) {
            const incoming = { groupCode: f.groupCode, subgroupCode: f.subgroupCode, priceVnd: f.priceVnd };
            const changed = changedFields(found.stored as unknown as Record<string, unknown>, incoming);
            if (changed.length) {
              plan.writes.push({ op: 'product.update', id: found.stored.id, version: found.stored.version, changes: Object.fromEntries(changed.map((c) => [c, incoming[c as keyof typeof incoming]])) });
              action = 'update';
            }
          }
        }
        if (f.recognition) {
          const pid = 'id' in product ? product.id : product.key;
          const sk = `${pid}|${f.recognition.year}|${f.recognition.stars}`;
          if (!stars.has(sk) && !newStars.has(sk)) {
            newStars.add(sk);
            plan.writes.push({ op: 'stars.create', product, recognition: f.recognition, place: f.entity.place });
            if (action === 'unchanged') action = 'update';
          }
        }
        return { action, label: f.name, matchedId: found && 'id' in found.ref ? found.ref.id : null };
      }
      case 'figures': {
        const f = p.fields;
        const entity = entityRef(r, f.entity, false);
        if (!entity) return null;
        const product = productRef(entity.ref, f.productName);
        if (!product) return problem(r, 'productName', 'productUnknown', { value: f.productName }), null;
        const { productName: _n, entity: _e, ...fields } = f;
        const pid = 'id' in product.ref ? product.ref.id : null;
        const existing = pid ? figures.get(`${pid}|${f.year}`) : undefined;
        const label = `${f.productName} (${f.year})`;
        if (existing && changedFields(existing as unknown as Record<string, unknown>, fields).length === 0) return { action: 'unchanged', label, matchedId: pid };
        plan.writes.push({ op: 'figure.put', product: product.ref, fields, existed: !!existing });
        return { action: existing ? 'update' : 'create', label, matchedId: pid };
      }
      case 'certificates': {
        const f = p.fields;
        const existing = certs.get(nameKey(f.number));
        const entity = entityRef(r, f.entity, false);
        if (!entity) return null;
        const product = productRef(entity.ref, f.productName);
        if (!product) return problem(r, 'productName', 'productUnknown', { value: f.productName }), null;
        if (existing) {
          matched.set(existing.id, 0);
          const same = 'id' in product.ref && existing.productId === product.ref.id && existing.stars === f.stars && existing.decisionNumber === f.decisionNumber && existing.decisionDate === f.decisionDate;
          if (!same) return problem(r, 'certificateNumber', 'certificateDiffers', { value: f.number }), null;
          return { action: 'unchanged', label: f.number, matchedId: existing.id };
        }
        plan.writes.push({ op: 'certificate.create', product: product.ref, fields: f, place: f.entity.place });
        return { action: 'create', label: f.number, matchedId: null };
      }
      case 'activities': {
        const f = p.fields;
        if (!mayWrite('activity', 'create', locatedOf(f.place))) return problem(r, 'commune', 'outOfJurisdiction'), null;
        const k = `${f.place.currentCode}|${f.kind}|${f.date}|${nameKey(f.title ?? '')}`;
        const label = `${f.title ?? f.kind} (${f.date})`;
        if (activities.has(k)) return { action: 'unchanged', label, matchedId: null };
        plan.writes.push({ op: 'activity.create', fields: f });
        return { action: 'create', label, matchedId: null };
      }
    }
  }

  plan.matched = [...matched].map(([id, v]) => `${id}@${v}`).sort();
  return plan;
}
