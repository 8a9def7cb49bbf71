import { fairs, giftCombos, listings, salesPoints, tradeContracts } from '../../../contracts/trade';
import type { Fair, GiftCombo, Listing, SalesPoint, TradeContract } from '../../../contracts/trade';
import {
  COMBO_OCCASIONS, CONTRACT_KINDS, CONTRACT_STATUSES, FAIR_LEVELS, LISTING_PLATFORMS, LISTING_STATUSES, SALES_POINT_FUNDING, SALES_POINT_KINDS,
  SALES_POINT_STATUSES,
} from '../../../domain/trade/kinds';

/**
 * The five kinds of trade-promotion record and what the generic screens need of each: its
 * endpoints (the contracts), its URL segment and one list of fields. Each field says once how it
 * is shown (record page, list column), how it is entered (form) and whether it filters the list;
 * the list, record and form pages read the same spec. Shapes stay the contracts' own.
 */
export type TradeRecord = Fair | SalesPoint | TradeContract | Listing | GiftCombo;
export type KindKey = 'fairs' | 'salesPoints' | 'contracts' | 'listings' | 'giftCombos';

/** How a value is shown. */
export type Display = 'date' | 'vnd' | 'int' | 'enum' | 'url' | 'list';
/** How a value is entered in the form. */
export type Input = 'text' | 'textarea' | 'url' | 'date' | 'int' | 'vnd' | 'decimal' | 'select' | 'lines';

/** One field of a kind: its record key, label key, display, input and list roles. */
export interface FieldSpec {
  key: string;
  label: string;
  kind?: Display;
  /** Catalogue prefix of an enum's labels, e.g. `trade.level`. */
  labels?: string;
  options?: readonly string[];
  input?: Input;
  required?: boolean;
  max?: number;
  /** Numeric bounds of the input. */
  min?: number;
  upTo?: number;
  /** The form's value for a new record. */
  initial?: string;
  /** A column of the list / a filter (select) of the list. */
  column?: boolean;
  filter?: boolean;
  /** Not listed on the record page (the record's name, shown as its title). */
  title?: boolean;
}

/** A select filter of the list: the query parameter is the field's key. */
export type SelectFilter = FieldSpec & { options: readonly string[]; labels: string };

export interface KindSpec {
  key: KindKey;
  path: string;
  api: typeof fairs | typeof salesPoints | typeof tradeContracts | typeof listings | typeof giftCombos;
  /** The record field shown as its name. */
  nameField: string;
  /** The list filters by year. */
  year: boolean;
  /** Where the record sits: a chosen province/commune, or its product's commune (listings). */
  place: 'unit' | 'product';
  /** Products: several (optional), several (at least one), or exactly one (`productId`). */
  products: 'many' | 'atLeastOne' | 'one';
  /** Catalogue keys of the form's titles (new, edit). */
  titles: [string, string];
  fields: FieldSpec[];
}

type Extra = Partial<FieldSpec>;
const label = (key: string) => (key === 'status' ? 'trade.status' : key === 'note' ? 'trade.note' : key === 'offeredOn' ? 'tradeUi.offeredOn' : `trade.field.${key}`);
const text = (key: string, max: number, extra: Extra = {}): FieldSpec => ({ key, label: label(key), input: 'text', max, ...extra });
const date = (key: string, extra: Extra = {}): FieldSpec => ({ key, label: label(key), kind: 'date', input: 'date', ...extra });
const vnd = (key: string, extra: Extra = {}): FieldSpec => ({ key, label: label(key), kind: 'vnd', input: 'vnd', ...extra });
const int = (key: string, extra: Extra = {}): FieldSpec => ({ key, label: label(key), kind: 'int', input: 'int', ...extra });
const choice = (key: string, options: readonly string[], labels: string, extra: Extra = {}): FieldSpec => ({
  key, label: label(key), kind: 'enum', labels, options, input: 'select', ...extra,
});
const note = (key = 'note'): FieldSpec => ({ key, label: label(key), input: 'textarea', max: 2000 });

export const KINDS: Record<KindKey, KindSpec> = {
  fairs: {
    key: 'fairs', path: 'fairs', api: fairs, nameField: 'name', year: true, place: 'unit', products: 'many', titles: ['tradeUi.newFair', 'tradeUi.editFair'],
    fields: [
      text('name', 300, { required: true, title: true }),
      text('organiser', 300, { required: true }),
      text('place', 300, { required: true }),
      date('startsOn', { required: true, column: true }),
      date('endsOn', { required: true }),
      choice('level', FAIR_LEVELS, 'trade.level', { required: true, initial: 'provincial', column: true, filter: true }),
      int('booths', { column: true }),
      int('visitors'),
      vnd('salesVnd', { column: true }),
      note(),
    ],
  },
  salesPoints: {
    key: 'salesPoints', path: 'sales-points', api: salesPoints, nameField: 'name', year: false, place: 'unit', products: 'many',
    titles: ['tradeUi.newSalesPoint', 'tradeUi.editSalesPoint'],
    fields: [
      text('name', 300, { required: true, title: true }),
      choice('kind', SALES_POINT_KINDS, 'trade.salesPointKind', { initial: 'point' }),
      choice('funding', SALES_POINT_FUNDING, 'trade.funding', { required: true, initial: 'state', column: true, filter: true }),
      text('address', 500, { required: true }),
      { key: 'latitude', label: label('latitude'), input: 'decimal', min: 8, upTo: 24 },
      { key: 'longitude', label: label('longitude'), input: 'decimal', min: 102, upTo: 118 },
      choice('status', SALES_POINT_STATUSES, 'trade.salesPointStatus', { initial: 'open', column: true, filter: true }),
      date('openedOn', { column: true }),
      text('operator', 300),
      text('phone', 50),
      note(),
    ],
  },
  contracts: {
    key: 'contracts', path: 'contracts', api: tradeContracts, nameField: 'title', year: true, place: 'unit', products: 'many',
    titles: ['tradeUi.newContract', 'tradeUi.editContract'],
    fields: [
      text('title', 300, { required: true, title: true }),
      choice('kind', CONTRACT_KINDS, 'trade.contractKind', { initial: 'contract', column: true, filter: true }),
      choice('status', CONTRACT_STATUSES, 'trade.contractStatus', { initial: 'signed', column: true, filter: true }),
      { key: 'parties', label: label('parties'), kind: 'list', input: 'lines', required: true, max: 300 },
      vnd('valueVnd', { column: true }),
      date('signedOn', { column: true }),
      date('endsOn'),
      note(),
    ],
  },
  listings: {
    key: 'listings', path: 'listings', api: listings, nameField: 'url', year: false, place: 'product', products: 'one',
    titles: ['tradeUi.newListing', 'tradeUi.editListing'],
    fields: [
      choice('platform', LISTING_PLATFORMS, 'trade.platform', { required: true, column: true, filter: true }),
      { key: 'url', label: label('url'), kind: 'url', input: 'url', required: true, max: 500 },
      vnd('priceVnd', { column: true }),
      choice('status', LISTING_STATUSES, 'trade.listingStatus', { initial: 'active', column: true, filter: true }),
      note(),
    ],
  },
  giftCombos: {
    key: 'giftCombos', path: 'gift-combos', api: giftCombos, nameField: 'name', year: false, place: 'unit', products: 'atLeastOne',
    titles: ['tradeUi.newGiftCombo', 'tradeUi.editGiftCombo'],
    fields: [
      text('name', 300, { required: true, title: true }),
      choice('occasion', COMBO_OCCASIONS, 'trade.occasion', { required: true, column: true, filter: true }),
      date('offeredOn', { column: true }),
      vnd('priceVnd', { column: true }),
      note('description'),
    ],
  },
};

export const KIND_LIST: KindSpec[] = Object.values(KINDS);

/** The fields shown on the record page (the name is its title). */
export const shownFields = (spec: KindSpec) => spec.fields.filter((f) => !f.title);
/** The list's columns after the name and the place. */
export const columnFields = (spec: KindSpec) => spec.fields.filter((f) => f.column);
/** The list's select filters. */
export const selectFilters = (spec: KindSpec) => spec.fields.filter((f): f is SelectFilter => !!f.filter && !!f.options && !!f.labels);

/** The displayed name of a record (a listing: its product). */
export function recordName(spec: KindSpec, r: TradeRecord): string {
  if (spec.key === 'listings') {
    const l = r as Listing;
    return l.product?.name ?? l.url;
  }
  return String((r as unknown as Record<string, unknown>)[spec.nameField] ?? '');
}
