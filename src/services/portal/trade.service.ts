import type { Db } from '../../db/client';
import * as repo from '../../db/repositories/portal.repository';
import { may, publishedOnPortal, type TradeKind } from '../../domain/policy';
import { searchKey } from '../../domain/text/normalize';
import { daysInMonth } from '../../domain/dates';
import { SALES_POINT_KINDS } from '../../domain/trade/kinds';
import type {
  FairTiming, PortalFair, PortalFairs, PortalFairsFilters, PortalProductRef, PortalSalesPoint, PortalSalesPoints, PortalSalesPointsFilters,
} from '../../contracts/portal';
import { today } from '../clock';
import { productPagePath } from './portal.service';

/**
 * Trade promotion on the public portal (SPEC C7, issue 13): the sales-point map and the fairs
 * calendar. Read by anyone: the policy says which records are published
 * (`publishedOnPortal`); the products shown are the catalogued (3★+) ones only.
 */

/** Largest number of sales points or fairs in one answer (the whole country fits well under it). */
const LIMIT = 2000;

const VI = new Intl.Collator('vi');
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const coordinate = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const words = (q: string | undefined) => searchKey(q ?? '').split(/\s+/).filter(Boolean);

/**
 * The province codes a filter names: a code, or every province whose name holds the words
 * without accents ("quang ninh" → 22; "quang" → Quảng Ninh, Quảng Ngãi, Quảng Trị). Undefined:
 * no filter; empty: nothing matches.
 */
export async function provinceCodesOf(db: Db, filter: string | undefined): Promise<string[] | undefined> {
  if (!filter) return undefined;
  if (/^\d{2}$/.test(filter)) return [filter];
  const key = searchKey(filter).replace(/\s+/g, ' ');
  if (!key) return undefined;
  const provinces = await repo.currentProvinces(db);
  return provinces.filter((p) => searchKey(p.name).includes(key)).map((p) => p.code);
}

/** Published records only: the policy decides, for the public (no actor). */
function published(rows: repo.PublicTradeRow[]): repo.PublicTradeRow[] {
  return rows.filter((r) => may(null, 'read', r.kind as TradeKind, { ...r, public: publishedOnPortal(r.kind as TradeKind, r.status) }));
}

async function productRefs(db: Db, rows: repo.PublicTradeRow[]): Promise<(ids: string[]) => PortalProductRef[]> {
  const found = await repo.cataloguedProducts(db, [...new Set(rows.flatMap((r) => r.productIds))]);
  const order = new Map(found.map((p, i) => [p.id, i]));
  const byId = new Map(found.map((p) => [p.id, { id: p.id, name: p.name, stars: p.stars, pagePath: productPagePath(p.id) }]));
  return (ids) =>
    ids
      .filter((id) => byId.has(id))
      .sort((a, b) => order.get(a)! - order.get(b)!)
      .map((id) => byId.get(id)!);
}

async function presentSalesPoints(db: Db, rows: repo.PublicTradeRow[]): Promise<PortalSalesPoint[]> {
  const refs = await productRefs(db, rows);
  return rows.map((r): PortalSalesPoint => {
    const d = r.details ?? {};
    const kind = text(d.kind);
    return {
      id: r.id,
      name: r.name,
      kind: kind && (SALES_POINT_KINDS as readonly string[]).includes(kind) ? (kind as PortalSalesPoint['kind']) : 'point',
      address: text(d.address) ?? '',
      latitude: coordinate(d.latitude),
      longitude: coordinate(d.longitude),
      provinceCode: r.provinceCode,
      provinceName: r.provinceName,
      unitName: r.unitName,
      phone: text(d.phone),
      products: refs(r.productIds),
    };
  });
}

/** One published sales point (the map's `?point=`), else undefined. */
export async function portalSalesPoint(db: Db, id: string): Promise<PortalSalesPoint | undefined> {
  const [point] = await presentSalesPoints(db, published(await repo.openSalesPoints(db, { ids: [id] }, 1)));
  return point;
}

export async function portalSalesPoints(db: Db, filters: PortalSalesPointsFilters): Promise<PortalSalesPoints> {
  const provinceCodes = await provinceCodesOf(db, filters.province);
  const [rows, provinces] = await Promise.all([repo.openSalesPoints(db, { provinceCodes, words: words(filters.q) }, LIMIT), repo.openSalesPointsByProvince(db)]);
  // By province, then by name in Vietnamese alphabetical order (Đ after D, not after Z).
  const shown = published(rows).sort((a, b) => a.provinceCode.localeCompare(b.provinceCode) || VI.compare(a.name, b.name));
  const items = await presentSalesPoints(db, shown);
  return { items, total: items.length, provinces };
}

/** Whether a fair is ahead, under way or over on `day`. */
export function fairTiming(fair: { startsOn: string; endsOn: string }, day: string): FairTiming {
  if (fair.startsOn > day) return 'upcoming';
  return fair.endsOn >= day ? 'ongoing' : 'past';
}

export async function portalFairs(db: Db, filters: PortalFairsFilters): Promise<PortalFairs> {
  const day = today();
  const provinceCodes = await provinceCodesOf(db, filters.province);
  let from: string | undefined;
  let to: string | undefined;
  if (filters.month) {
    const [y, m] = filters.month.split('-').map(Number);
    from = `${filters.month}-01`;
    to = `${filters.month}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  } else if (filters.year) {
    from = `${filters.year}-01-01`;
    to = `${filters.year}-12-31`;
  }
  // `month` wins over `year` when both are given.
  const [rows, months] = await Promise.all([repo.fairsBetween(db, { provinceCodes, from, to }, LIMIT), repo.fairMonths(db, { provinceCodes })]);
  const shown = published(rows).filter((r) => r.startsOn);
  const refs = await productRefs(db, shown);
  const fairs = shown.map((r): PortalFair => {
    const d = r.details ?? {};
    const startsOn = r.startsOn!;
    const endsOn = r.endsOn ?? startsOn;
    return {
      id: r.id,
      name: r.name,
      organiser: text(d.organiser) ?? '',
      startsOn,
      endsOn,
      place: text(d.place) ?? '',
      level: r.category as PortalFair['level'],
      provinceCode: r.provinceCode,
      provinceName: r.provinceName,
      timing: fairTiming({ startsOn, endsOn }, day),
      products: refs(r.productIds),
    };
  });
  // Ahead and under way first, the soonest first; then the past, the latest first.
  const ahead = fairs.filter((f) => f.timing !== 'past');
  const past = fairs.filter((f) => f.timing === 'past').reverse();
  const items = [...ahead, ...past];
  return { today: day, items, total: items.length, months };
}
