import { fairs, giftCombos, listings, salesPoints, tradeContracts } from '../../../contracts/trade';
import type { Fair, GiftCombo, Listing, SalesPoint, TradeContract } from '../../../contracts/trade';
import {
  COMBO_OCCASIONS, CONTRACT_KINDS, CONTRACT_STATUSES, FAIR_LEVELS, LISTING_PLATFORMS, LISTING_STATUSES, SALES_POINT_FUNDING, SALES_POINT_STATUSES,
} from '../../../domain/trade/kinds';

/**
 * The five kinds of trade-promotion record and what the generic screens need of each: its
 * endpoints (the contracts), its URL segment, its filters (a select per classifier, with the
 * catalogue prefix of the labels) and its columns/fields. Shapes stay the contracts' own.
 */
export type TradeRecord = Fair | SalesPoint | TradeContract | Listing | GiftCombo;
export type KindKey = 'fairs' | 'salesPoints' | 'contracts' | 'listings' | 'giftCombos';

export interface SelectFilter {
  /** Query parameter of the list (and record field it filters). */
  param: string;
  options: readonly string[];
  /** Catalogue prefix of the option labels, e.g. `trade.level`. */
  labels: string;
}

/** One displayed field: its record key, label key and how it is shown. */
export interface FieldSpec {
  key: string;
  label: string;
  kind?: 'date' | 'vnd' | 'int' | 'enum' | 'url' | 'list';
  labels?: string;
}

export interface KindSpec {
  key: KindKey;
  path: string;
  api: typeof fairs | typeof salesPoints | typeof tradeContracts | typeof listings | typeof giftCombos;
  /** The record field shown as its name. */
  nameField: string;
  year: boolean;
  filters: SelectFilter[];
  columns: FieldSpec[];
  fields: FieldSpec[];
  editable: boolean;
}

export const KINDS: Record<KindKey, KindSpec> = {
  fairs: {
    key: 'fairs', path: 'fairs', api: fairs, nameField: 'name', year: true, editable: true,
    filters: [{ param: 'level', options: FAIR_LEVELS, labels: 'trade.level' }],
    columns: [
      { key: 'startsOn', label: 'trade.field.startsOn', kind: 'date' },
      { key: 'level', label: 'trade.field.level', kind: 'enum', labels: 'trade.level' },
      { key: 'booths', label: 'trade.field.booths', kind: 'int' },
      { key: 'salesVnd', label: 'trade.field.salesVnd', kind: 'vnd' },
    ],
    fields: [
      { key: 'organiser', label: 'trade.field.organiser' },
      { key: 'startsOn', label: 'trade.field.startsOn', kind: 'date' },
      { key: 'endsOn', label: 'trade.field.endsOn', kind: 'date' },
      { key: 'place', label: 'trade.field.place' },
      { key: 'level', label: 'trade.field.level', kind: 'enum', labels: 'trade.level' },
      { key: 'booths', label: 'trade.field.booths', kind: 'int' },
      { key: 'visitors', label: 'trade.field.visitors', kind: 'int' },
      { key: 'salesVnd', label: 'trade.field.salesVnd', kind: 'vnd' },
      { key: 'note', label: 'trade.note' },
    ],
  },
  salesPoints: {
    key: 'salesPoints', path: 'sales-points', api: salesPoints, nameField: 'name', year: false, editable: true,
    filters: [
      { param: 'funding', options: SALES_POINT_FUNDING, labels: 'trade.funding' },
      { param: 'status', options: SALES_POINT_STATUSES, labels: 'trade.salesPointStatus' },
    ],
    columns: [
      { key: 'funding', label: 'trade.field.funding', kind: 'enum', labels: 'trade.funding' },
      { key: 'status', label: 'trade.status', kind: 'enum', labels: 'trade.salesPointStatus' },
      { key: 'openedOn', label: 'trade.field.openedOn', kind: 'date' },
    ],
    fields: [
      { key: 'kind', label: 'trade.field.kind', kind: 'enum', labels: 'trade.salesPointKind' },
      { key: 'address', label: 'trade.field.address' },
      { key: 'funding', label: 'trade.field.funding', kind: 'enum', labels: 'trade.funding' },
      { key: 'status', label: 'trade.status', kind: 'enum', labels: 'trade.salesPointStatus' },
      { key: 'openedOn', label: 'trade.field.openedOn', kind: 'date' },
      { key: 'operator', label: 'trade.field.operator' },
      { key: 'phone', label: 'trade.field.phone' },
      { key: 'latitude', label: 'trade.field.latitude' },
      { key: 'longitude', label: 'trade.field.longitude' },
      { key: 'note', label: 'trade.note' },
    ],
  },
  contracts: {
    key: 'contracts', path: 'contracts', api: tradeContracts, nameField: 'title', year: true, editable: false,
    filters: [
      { param: 'kind', options: CONTRACT_KINDS, labels: 'trade.contractKind' },
      { param: 'status', options: CONTRACT_STATUSES, labels: 'trade.contractStatus' },
    ],
    columns: [
      { key: 'kind', label: 'trade.field.kind', kind: 'enum', labels: 'trade.contractKind' },
      { key: 'signedOn', label: 'trade.field.signedOn', kind: 'date' },
      { key: 'valueVnd', label: 'trade.field.valueVnd', kind: 'vnd' },
      { key: 'status', label: 'trade.status', kind: 'enum', labels: 'trade.contractStatus' },
    ],
    fields: [
      { key: 'kind', label: 'trade.field.kind', kind: 'enum', labels: 'trade.contractKind' },
      { key: 'parties', label: 'trade.field.parties', kind: 'list' },
      { key: 'valueVnd', label: 'trade.field.valueVnd', kind: 'vnd' },
      { key: 'signedOn', label: 'trade.field.signedOn', kind: 'date' },
      { key: 'endsOn', label: 'trade.field.endsOn', kind: 'date' },
      { key: 'status', label: 'trade.status', kind: 'enum', labels: 'trade.contractStatus' },
      { key: 'note', label: 'trade.note' },
    ],
  },
  listings: {
    key: 'listings', path: 'listings', api: listings, nameField: 'url', year: false, editable: false,
    filters: [
      { param: 'platform', options: LISTING_PLATFORMS, labels: 'trade.platform' },
      { param: 'status', options: LISTING_STATUSES, labels: 'trade.listingStatus' },
    ],
    columns: [
      { key: 'platform', label: 'trade.field.platform', kind: 'enum', labels: 'trade.platform' },
      { key: 'priceVnd', label: 'trade.field.priceVnd', kind: 'vnd' },
      { key: 'status', label: 'trade.status', kind: 'enum', labels: 'trade.listingStatus' },
    ],
    fields: [
      { key: 'platform', label: 'trade.field.platform', kind: 'enum', labels: 'trade.platform' },
      { key: 'url', label: 'trade.field.url', kind: 'url' },
      { key: 'priceVnd', label: 'trade.field.priceVnd', kind: 'vnd' },
      { key: 'status', label: 'trade.status', kind: 'enum', labels: 'trade.listingStatus' },
      { key: 'note', label: 'trade.note' },
    ],
  },
  giftCombos: {
    key: 'giftCombos', path: 'gift-combos', api: giftCombos, nameField: 'name', year: false, editable: false,
    filters: [{ param: 'occasion', options: COMBO_OCCASIONS, labels: 'trade.occasion' }],
    columns: [
      { key: 'occasion', label: 'trade.field.occasion', kind: 'enum', labels: 'trade.occasion' },
      { key: 'offeredOn', label: 'tradeUi.offeredOn', kind: 'date' },
      { key: 'priceVnd', label: 'trade.field.priceVnd', kind: 'vnd' },
    ],
    fields: [
      { key: 'occasion', label: 'trade.field.occasion', kind: 'enum', labels: 'trade.occasion' },
      { key: 'offeredOn', label: 'tradeUi.offeredOn', kind: 'date' },
      { key: 'priceVnd', label: 'trade.field.priceVnd', kind: 'vnd' },
      { key: 'description', label: 'trade.field.description' },
    ],
  },
};

export const KIND_LIST: KindSpec[] = Object.values(KINDS);

/** The displayed name of a record (a listing: its product). */
export function recordName(spec: KindSpec, r: TradeRecord): string {
  if (spec.key === 'listings') {
    const l = r as Listing;
    return l.product?.name ?? l.url;
  }
  return String((r as unknown as Record<string, unknown>)[spec.nameField] ?? '');
}
