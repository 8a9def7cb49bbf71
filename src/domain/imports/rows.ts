import type { EntityType } from '../entities/entity.schema';
import { searchKey } from '../text/normalize';
import { foldKey } from './fold';
import type { ImportKind } from './kinds';
import type { PlaceIndex, ResolvedPlace } from './places';
import {
  cellText, parseAmount, parseChoice, parseDate, parseInteger, parseNumber, parseStars, parseTaxCode, parseText, parseYear,
  type Cell, type Parsed,
} from './values';

/** A problem of one cell (field key) or of the whole row (field null); `code` is under `imports.problem.`. */
export interface RowProblem {
  field: string | null;
  code: string;
  params?: Record<string, string | number>;
}

export interface GroupRef {
  code: string;
  parentCode: string | null;
  nameVi: string;
  nameEn: string;
}

export interface ParseContext {
  places: PlaceIndex;
  /** The importing office's province (null for national offices): the default for place names. */
  province: string | null;
  groups: readonly GroupRef[];
  /** The latest year a figure or recognition may carry (this year). */
  maxYear: number;
}

export interface EntityFields {
  name: string;
  taxCode: string | null;
  type: EntityType;
  representative: string;
  address: string;
  place: ResolvedPlace;
  phone: string | null;
  email: string | null;
  foundedYear: number | null;
}

export interface Recognition {
  stars: number;
  year: number;
  level: 'district' | 'province' | 'central';
  decision: string | null;
  decisionDate: string | null;
}

export interface ProductFields {
  name: string;
  groupCode: string;
  subgroupCode: string;
  priceVnd: number | null;
  entity: EntityFields;
  recognition: Recognition | null;
}

export interface CertificateFields {
  number: string;
  productName: string;
  entity: EntityFields;
  stars: number;
  level: 'district' | 'province' | 'central';
  year: number;
  decisionNumber: string;
  decisionDate: string;
  issuer: string | null;
  validUntil: string | null;
}

export interface FigureFields {
  productName: string;
  entity: EntityFields;
  year: number;
  revenueVnd: number;
  costVnd: number;
  profitVnd: number;
  output: number | null;
  outputUnit: string | null;
  employees: number | null;
}

export interface ActivityFields {
  kind: 'article' | 'reportage' | 'broadcast' | 'loudspeaker' | 'conference' | 'training';
  date: string;
  count: number;
  budgetVnd: number;
  title: string | null;
  place: ResolvedPlace;
}

export type ParsedRow =
  | { kind: 'entities'; fields: EntityFields }
  | { kind: 'products'; fields: ProductFields }
  | { kind: 'certificates'; fields: CertificateFields }
  | { kind: 'figures'; fields: FigureFields }
  | { kind: 'activities'; fields: ActivityFields };

export const ENTITY_TYPE_SPELLINGS: Record<EntityType, readonly string[]> = {
  enterprise: ['Doanh nghiệp', 'DN', 'Công ty', 'Cty', 'TNHH', 'Cổ phần', 'Doanh nghiệp tư nhân', 'DNTN', 'Enterprise'],
  cooperative: ['Hợp tác xã', 'HTX', 'Cooperative'],
  cooperative_group: ['Tổ hợp tác', 'THT', 'Cooperative group'],
  household: ['Hộ sản xuất, kinh doanh', 'Hộ kinh doanh', 'Hộ sản xuất', 'Hộ gia đình', 'HKD', 'Hộ', 'Cơ sở', 'Household'],
};

export const LEVEL_SPELLINGS: Record<Recognition['level'], readonly string[]> = {
  district: ['Huyện', 'Cấp huyện', 'District'],
  province: ['Tỉnh', 'Cấp tỉnh', 'UBND tỉnh', 'Province', 'Provincial'],
  central: ['Trung ương', 'Cấp trung ương', 'Quốc gia', 'Cấp quốc gia', 'Central', 'National'],
};

export const ACTIVITY_SPELLINGS: Record<ActivityFields['kind'], readonly string[]> = {
  article: ['Tin bài', 'Bài viết', 'Bài báo', 'Tin', 'Article'],
  reportage: ['Phóng sự', 'Reportage'],
  broadcast: ['Phát thanh', 'Truyền hình', 'Phát sóng', 'Broadcast'],
  loudspeaker: ['Loa truyền thanh', 'Loa', 'Truyền thanh cơ sở', 'Loudspeaker'],
  conference: ['Hội nghị', 'Hội thảo', 'Conference'],
  training: ['Tập huấn', 'Đào tạo', 'Lớp tập huấn', 'Training'],
};

/** The legal form a name carries ("HTX …", "Công ty TNHH …"), when the list has no type column. */
export function entityTypeFromName(name: string): EntityType {
  const key = searchKey(name);
  if (/^(htx|hop tac xa)\b/.test(key)) return 'cooperative';
  if (/^(tht|to hop tac)\b/.test(key)) return 'cooperative_group';
  if (/^(cong ty|cty|doanh nghiep|dntn)\b/.test(key) || /\b(tnhh|co phan|jsc)\b/.test(key)) return 'enterprise';
  return 'household';
}

/** Splits a group cell ("1.4", "1", "Gia vị", "Thực phẩm") into group and subgroup codes. */
export function resolveGroup(text: string, groups: readonly GroupRef[]): { groupCode: string; subgroupCode: string } | null {
  const code = text.trim().match(/^(\d)(?:\.(\d{1,2}))?\b/);
  const key = foldKey(text);
  const short = (g: GroupRef) => foldKey(g.nameVi.split('(')[0]);
  const hit =
    (code && groups.find((g) => g.code === (code[2] ? `${code[1]}.${code[2]}` : code[1]))) ||
    groups.find((g) => short(g) === key || foldKey(g.nameEn) === key) ||
    groups.find((g) => g.parentCode && key.length >= 3 && short(g).includes(key));
  if (!hit) return null;
  if (hit.parentCode) return { groupCode: hit.parentCode, subgroupCode: hit.code };
  const first = groups.find((g) => g.parentCode === hit.code);
  return first ? { groupCode: hit.code, subgroupCode: first.code } : null;
}

/** Reads a row's cells field by field, collecting every problem instead of stopping at the first. */
class RowReader {
  readonly problems: RowProblem[] = [];
  constructor(private readonly values: Readonly<Record<string, Cell>>) {}

  raw(field: string): Cell {
    return this.values[field];
  }

  has(field: string): boolean {
    return cellText(this.values[field]) !== '';
  }

  take<T>(field: string, parsed: Parsed<T>, required = false): T | null {
    if (!parsed.ok) {
      this.problems.push({ field, code: parsed.problem, params: parsed.params });
      return null;
    }
    if (parsed.value === null && required) this.problems.push({ field, code: 'required' });
    return parsed.value;
  }

  text(field: string, max: number, required = false): string | null {
    return this.take(field, parseText(this.values[field], max), required);
  }

  problem(field: string | null, code: string, params?: Record<string, string | number>) {
    this.problems.push({ field, code, params });
  }
}

function readPlace(r: RowReader, ctx: ParseContext): ResolvedPlace | null {
  const commune = r.text('commune', 200, true);
  const district = r.text('district', 200);
  const province = r.text('province', 200);
  if (!commune) return null;
  const found = ctx.places.resolve({ commune, district, province }, ctx.province);
  if (!found.ok) {
    r.problem('commune', found.problem, found.params);
    return null;
  }
  return found.place;
}

function readEntity(r: RowReader, ctx: ParseContext, strict: boolean): EntityFields | null {
  const name = r.text('entityName', 300, true);
  const taxCode = r.take('taxCode', parseTaxCode(r.raw('taxCode')));
  const typed = r.take('entityType', parseChoice(r.raw('entityType'), ENTITY_TYPE_SPELLINGS));
  const representative = r.text('representative', 200, strict);
  const address = r.text('address', 500, strict);
  const phone = r.text('phone', 30);
  const email = r.text('email', 200);
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) r.problem('email', 'email');
  const foundedYear = r.take('foundedYear', parseYear(r.raw('foundedYear'), 1900, ctx.maxYear));
  const place = readPlace(r, ctx);
  if (!name || !place) return null;
  const unitName = ctx.places.unit(place.structure, place.code)?.name ?? '';
  return {
    name,
    taxCode,
    type: typed ?? entityTypeFromName(name),
    representative: representative ?? '',
    address: address ?? unitName,
    place,
    phone,
    email,
    foundedYear,
  };
}

function readRecognition(r: RowReader, ctx: ParseContext): Recognition | null {
  const stars = r.take('stars', parseStars(r.raw('stars')));
  const year = r.take('recognitionYear', parseYear(r.raw('recognitionYear'), 2013, ctx.maxYear));
  const decision = r.text('decision', 200);
  const decisionDate = r.take('decisionDate', parseDate(r.raw('decisionDate')));
  const level = r.take('level', parseChoice(r.raw('level'), LEVEL_SPELLINGS));
  if (stars === null) {
    if (!r.has('stars') && (year !== null || decision)) r.problem('stars', 'required');
    return null;
  }
  const yearOf = year ?? (decisionDate ? Number(decisionDate.slice(0, 4)) : null);
  if (yearOf === null) {
    r.problem('recognitionYear', 'required');
    return null;
  }
  // 5-star products are recognised by the central office, the others (unless the list says) by the province
  const defaultLevel = stars === 5 ? 'central' : 'province';
  return { stars, year: yearOf, level: level ?? defaultLevel, decision, decisionDate };
}

/** Parses one data row (cells by field key) of an import kind. */
export function parseRow(kind: ImportKind, values: Readonly<Record<string, Cell>>, ctx: ParseContext): { row: ParsedRow | null; problems: RowProblem[] } {
  const r = new RowReader(values);
  const row = read(kind, r, ctx);
  return { row: r.problems.length ? null : row, problems: r.problems };
}

function read(kind: ImportKind, r: RowReader, ctx: ParseContext): ParsedRow | null {
  switch (kind) {
    case 'entities': {
      const fields = readEntity(r, ctx, true);
      return fields && { kind, fields };
    }
    case 'products': {
      const name = r.text('productName', 300, true);
      const groupText = r.text('group', 300, true);
      const group = groupText ? resolveGroup(groupText, ctx.groups) : null;
      if (groupText && !group) r.problem('group', 'group', { value: groupText });
      const priceVnd = r.take('price', parseAmount(r.raw('price')));
      const entity = readEntity(r, ctx, false);
      const recognition = readRecognition(r, ctx);
      if (!name || !group || !entity) return null;
      return { kind, fields: { name, ...group, priceVnd, entity, recognition } };
    }
    case 'certificates': {
      const number = r.text('certificateNumber', 100, true);
      const productName = r.text('productName', 300, true);
      const entity = readEntity(r, ctx, false);
      const stars = r.take('stars', parseStars(r.raw('stars')), true);
      const level = r.take('level', parseChoice(r.raw('level'), LEVEL_SPELLINGS));
      const decisionNumber = r.text('decision', 200, true);
      const decisionDate = r.take('decisionDate', parseDate(r.raw('decisionDate')), true);
      const yearCell = r.take('recognitionYear', parseYear(r.raw('recognitionYear'), 2013, ctx.maxYear));
      const issuer = r.text('issuer', 300);
      const validUntil = r.take('validUntil', parseDate(r.raw('validUntil')));
      if (stars !== null && stars < 3) r.problem('stars', 'certificateStars');
      if (validUntil && decisionDate && validUntil <= decisionDate) r.problem('validUntil', 'validBeforeDecision');
      if (!number || !productName || !entity || stars === null || !decisionNumber || !decisionDate) return null;
      return {
        kind,
        fields: {
          number, productName, entity, stars, level: level ?? (stars === 5 ? 'central' : 'province'), year: yearCell ?? Number(decisionDate.slice(0, 4)),
          decisionNumber, decisionDate, issuer, validUntil,
        },
      };
    }
    case 'figures': {
      const productName = r.text('productName', 300, true);
      const entity = readEntity(r, ctx, false);
      const year = r.take('year', parseYear(r.raw('year'), 2000, ctx.maxYear), true);
      const revenueVnd = r.take('revenue', parseAmount(r.raw('revenue')), true);
      const costVnd = r.take('cost', parseAmount(r.raw('cost')), true);
      const profit = r.take('profit', parseNumber(r.raw('profit')));
      const output = r.take('output', parseInteger(r.raw('output'), 0, Number.MAX_SAFE_INTEGER));
      const outputUnit = r.text('outputUnit', 50);
      const employees = r.take('employees', parseInteger(r.raw('employees'), 0, 1_000_000));
      if (!productName || !entity || year === null || revenueVnd === null || costVnd === null) return null;
      return {
        kind,
        fields: { productName, entity, year, revenueVnd, costVnd, profitVnd: profit === null ? revenueVnd - costVnd : Math.round(profit), output, outputUnit, employees },
      };
    }
    case 'activities': {
      const activity = r.take('activityKind', parseChoice(r.raw('activityKind'), ACTIVITY_SPELLINGS), true);
      const date = r.take('date', parseDate(r.raw('date')), true);
      const count = r.take('count', parseInteger(r.raw('count'), 1, 1_000_000), true);
      const budgetVnd = r.take('budget', parseAmount(r.raw('budget'))) ?? 0;
      const title = r.text('title', 500);
      const place = readPlace(r, ctx);
      if (!activity || !date || count === null || !place) return null;
      return { kind, fields: { kind: activity, date, count, budgetVnd, title, place } };
    }
  }
}

/** Cells of a sheet row keyed by field, through the column mapping. */
export function cellsByField(cells: readonly Cell[], mapping: Readonly<Record<number, string>>): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const [col, field] of Object.entries(mapping)) out[field] = cells[Number(col)];
  return out;
}

/** A row with no text at all (blank rows between blocks are skipped, not reported). */
export function isBlankRow(cells: readonly Cell[]): boolean {
  return cells.every((c) => cellText(c) === '');
}
