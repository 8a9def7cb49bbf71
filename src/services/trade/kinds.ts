import type { z } from 'zod';
import type { TradeKind } from '../../domain/policy';
import type { TradeRow } from '../../db/repositories/trade.repository';
import type {
  comboCreateSchema, contractCreateSchema, fairCreateSchema, Fair, GiftCombo, Listing, listingCreateSchema, SalesPoint, salesPointCreateSchema,
  TradeContract, TradeProduct,
} from '../../contracts/trade';

/**
 * How each kind of trade-promotion record maps onto the shared `trade_records` columns: its
 * fields (the create body less the place and request id) from a row and back, the date its
 * products are checked on, and its presenter's own part.
 */
export interface TradeColumns {
  name: string;
  category: string;
  status: string | null;
  startsOn: string | null;
  endsOn: string | null;
  amountVnd: number | null;
  productIds: string[];
  entityIds: string[];
  details: Record<string, unknown>;
}

export interface PresentExtras {
  products: TradeProduct[];
  entities: { id: string; name: string }[];
}

export interface KindSpec<F, O> {
  kind: TradeKind;
  /** Where the record sits: its own `unitCode`, or (listings) its product's place. */
  placeFromProduct: boolean;
  fields(row: TradeRow): F;
  columns(f: F): TradeColumns;
  /** The day its products must hold a valid 3★+ certificate on (null: today). */
  date(f: F): string | null;
  /** The kind's own part of the answer (place, version, actions are added by the service). */
  present(f: F, extras: PresentExtras): Omit<O, keyof PlaceFields>;
  /** The fields shown in the audit timeline and the Excel export. */
  auditFields: readonly string[];
}

type PlaceFields = Pick<Fair, 'id' | 'version' | 'unitStructure' | 'unitCode' | 'unitName' | 'provinceCode' | 'provinceName' | 'createdAt' | 'updatedAt' | 'actions'>;
type Fields<S extends z.ZodType> = Omit<z.output<S>, 'unitCode' | 'requestId'>;

export type FairFields = Fields<typeof fairCreateSchema>;
export type SalesPointFields = Fields<typeof salesPointCreateSchema>;
export type ContractFields = Fields<typeof contractCreateSchema>;
export type ListingFields = Fields<typeof listingCreateSchema>;
export type ComboFields = Fields<typeof comboCreateSchema>;

const d = (row: TradeRow) => row.details as Record<string, never>;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

export const fairSpec: KindSpec<FairFields, Fair> = {
  kind: 'fair',
  placeFromProduct: false,
  fields: (row) => ({
    name: row.name,
    organiser: str(d(row).organiser) ?? '',
    startsOn: row.startsOn ?? '',
    endsOn: row.endsOn ?? '',
    place: str(d(row).place) ?? '',
    level: row.category as FairFields['level'],
    booths: num(d(row).booths),
    visitors: num(d(row).visitors),
    salesVnd: row.amountVnd,
    entityIds: row.entityIds,
    productIds: row.productIds,
    note: str(d(row).note),
  }),
  columns: (f) => ({
    name: f.name,
    category: f.level,
    status: null,
    startsOn: f.startsOn,
    endsOn: f.endsOn,
    amountVnd: f.salesVnd,
    productIds: f.productIds,
    entityIds: f.entityIds,
    details: { organiser: f.organiser, place: f.place, booths: f.booths, visitors: f.visitors, note: f.note },
  }),
  date: (f) => f.startsOn,
  present: (f, x) => ({ ...f, products: x.products, entities: x.entities }),
  auditFields: ['name', 'organiser', 'startsOn', 'endsOn', 'place', 'level', 'booths', 'visitors', 'salesVnd', 'entityIds', 'productIds', 'note', 'unitCode'],
};

export const salesPointSpec: KindSpec<SalesPointFields, SalesPoint> = {
  kind: 'salesPoint',
  placeFromProduct: false,
  fields: (row) => ({
    name: row.name,
    kind: (str(d(row).kind) ?? 'point') as SalesPointFields['kind'],
    address: str(d(row).address) ?? '',
    latitude: num(d(row).latitude),
    longitude: num(d(row).longitude),
    funding: row.category as SalesPointFields['funding'],
    openedOn: row.startsOn,
    operator: str(d(row).operator),
    phone: str(d(row).phone),
    status: (row.status ?? 'open') as SalesPointFields['status'],
    productIds: row.productIds,
    note: str(d(row).note),
  }),
  columns: (f) => ({
    name: f.name,
    category: f.funding,
    status: f.status,
    startsOn: f.openedOn,
    endsOn: null,
    amountVnd: null,
    productIds: f.productIds,
    entityIds: [],
    details: { kind: f.kind, address: f.address, latitude: f.latitude, longitude: f.longitude, operator: f.operator, phone: f.phone, note: f.note },
  }),
  date: (f) => f.openedOn,
  present: (f, x) => ({ ...f, products: x.products }),
  auditFields: ['name', 'kind', 'address', 'latitude', 'longitude', 'funding', 'openedOn', 'operator', 'phone', 'status', 'productIds', 'note', 'unitCode'],
};

export const contractSpec: KindSpec<ContractFields, TradeContract> = {
  kind: 'tradeContract',
  placeFromProduct: false,
  fields: (row) => ({
    title: row.name,
    kind: row.category as ContractFields['kind'],
    parties: (d(row).parties as string[] | undefined) ?? [],
    valueVnd: row.amountVnd,
    signedOn: row.startsOn,
    endsOn: row.endsOn,
    status: (row.status ?? 'signed') as ContractFields['status'],
    productIds: row.productIds,
    note: str(d(row).note),
  }),
  columns: (f) => ({
    name: f.title,
    category: f.kind,
    status: f.status,
    startsOn: f.signedOn,
    endsOn: f.endsOn,
    amountVnd: f.valueVnd,
    productIds: f.productIds,
    entityIds: [],
    details: { parties: f.parties, note: f.note },
  }),
  date: (f) => f.signedOn,
  present: (f, x) => ({ ...f, products: x.products }),
  auditFields: ['title', 'kind', 'parties', 'valueVnd', 'signedOn', 'endsOn', 'status', 'productIds', 'note', 'unitCode'],
};

export const listingSpec: KindSpec<ListingFields, Listing> = {
  kind: 'listing',
  placeFromProduct: true,
  fields: (row) => ({
    platform: row.category as ListingFields['platform'],
    url: str(d(row).url) ?? '',
    productId: row.productIds[0] ?? '',
    priceVnd: row.amountVnd,
    status: (row.status ?? 'active') as ListingFields['status'],
    note: str(d(row).note),
  }),
  columns: (f) => ({
    name: f.url,
    category: f.platform,
    status: f.status,
    startsOn: null,
    endsOn: null,
    amountVnd: f.priceVnd,
    productIds: [f.productId],
    entityIds: [],
    details: { url: f.url, note: f.note },
  }),
  date: () => null,
  present: (f, x) => ({ ...f, product: x.products[0] ?? null }),
  auditFields: ['platform', 'url', 'productId', 'priceVnd', 'status', 'note'],
};

export const comboSpec: KindSpec<ComboFields, GiftCombo> = {
  kind: 'giftCombo',
  placeFromProduct: false,
  fields: (row) => ({
    name: row.name,
    occasion: row.category as ComboFields['occasion'],
    offeredOn: row.startsOn,
    priceVnd: row.amountVnd,
    description: str(d(row).description),
    productIds: row.productIds,
  }),
  columns: (f) => ({
    name: f.name,
    category: f.occasion,
    status: null,
    startsOn: f.offeredOn,
    endsOn: null,
    amountVnd: f.priceVnd,
    productIds: f.productIds,
    entityIds: [],
    details: { description: f.description },
  }),
  date: (f) => f.offeredOn,
  present: (f, x) => ({ ...f, products: x.products }),
  auditFields: ['name', 'occasion', 'offeredOn', 'priceVnd', 'description', 'productIds', 'unitCode'],
};
