import { z } from 'zod';
import { endpoint } from './http';
import { errorResponses, idParams, optionalQueryText } from './common';
import { CERTIFICATE_STATUSES } from '../domain/certificates/validity';
import { ENTITY_TYPES } from '../domain/entities/entity.schema';
import { FAIR_LEVELS, LISTING_PLATFORMS, SALES_POINT_KINDS } from '../domain/trade/kinds';

/**
 * The public portal (SPEC C7): what a product page, the statistics page and the map need,
 * in one answer each, for anyone without a session. Only recognised (3★+) products.
 */

const tags = ['portal'];

/** An uploaded photo: its resized copies are `/api/photos/{id}/{width}.webp` (see photos contract). */
export const photoSchema = z.object({
  id: z.string(),
  width: z.number().int().describe('width of the stored original after resizing (px)'),
  height: z.number().int(),
  alt: z.string().nullable(),
  src: z.string().describe('the 640 px copy'),
  srcset: z.string().describe('`srcset` of every copy ("… 320w, … 640w, … 1280w")'),
});
export type Photo = z.infer<typeof photoSchema>;

export const publicCertificateSchema = z.object({
  number: z.string(),
  issuedOn: z.string(),
  validUntil: z.string(),
  status: z.enum(CERTIFICATE_STATUSES),
  stars: z.number().int(),
  issuer: z.string(),
  verifyPath: z.string().describe('/v/{token}: the verification page of this certificate'),
});
export type PublicCertificate = z.infer<typeof publicCertificateSchema>;

export const publicSalesPointSchema = z.object({
  id: z.string().describe('the point on the sales-point map: /sales-points?point={id}'),
  name: z.string(),
  kind: z.string().describe('point | centre'),
  address: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  phone: z.string().nullable(),
});
export type PublicSalesPoint = z.infer<typeof publicSalesPointSchema>;

export const publicListingSchema = z.object({
  platform: z.enum(LISTING_PLATFORMS),
  url: z.string(),
  priceVnd: z.number().nullable(),
});
export type PublicListing = z.infer<typeof publicListingSchema>;

export const publicProductSchema = z.object({
  id: z.string(),
  name: z.string(),
  groupCode: z.string(),
  groupName: z.string().nullable(),
  subgroupCode: z.string(),
  subgroupName: z.string().nullable(),
  stars: z.number().int().nullable(),
  description: z.string().nullable(),
  story: z.string().nullable(),
  rawMaterialOrigin: z.string().nullable(),
  packaging: z.string().nullable(),
  qualityStandard: z.string().nullable(),
  gtin: z.string().nullable(),
  priceVnd: z.number().nullable(),
  priceUnit: z.string().nullable(),
  whereToBuy: z.string().nullable().describe("the producer's own words on where to buy"),
  salesPoints: z.array(publicSalesPointSchema).describe('open sales points and OCOP centres that stock the product (trade records)'),
  listings: z.array(publicListingSchema).describe('active e-commerce listings of the product (trade records)'),
  photos: z.array(photoSchema),
  externalPhotos: z.array(z.string()).describe('photo addresses entered as links (older records)'),
  entity: z.object({ id: z.string(), name: z.string(), type: z.enum(ENTITY_TYPES), website: z.string().nullable() }),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  certificate: publicCertificateSchema.nullable().describe('the certificate in force today, else the latest one'),
  starHistory: z.array(z.object({ stars: z.number(), year: z.number() })),
  pagePath: z.string().describe('/p/{id}: the shareable page'),
  updatedAt: z.string(),
});
export type PublicProduct = z.infer<typeof publicProductSchema>;

export const statsSchema = z.object({
  total: z.number().int().describe('recognised products (3★+) in the catalogue'),
  byStars: z.array(z.object({ stars: z.number().int(), count: z.number().int() })),
  byYear: z.array(z.object({ year: z.number().int(), stars: z.number().int(), count: z.number().int() })).describe('recognitions per year and class'),
  byProvince: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int() })),
  updatedAt: z.string().nullable(),
});
export type PortalStats = z.infer<typeof statsSchema>;

/* ------------------------- trade promotion on the portal ------------------------- */

/** A catalogued product named by a trade record, linked to its public page. */
export const portalProductRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  stars: z.number().int().nullable(),
  pagePath: z.string().describe('/p/{id}'),
});
export type PortalProductRef = z.infer<typeof portalProductRefSchema>;

const provinceFilter = optionalQueryText.describe(
  'a province: its code ("22") or its name, accent-insensitive ("quang ninh" finds Tỉnh Quảng Ninh; a part of a name may match several)',
);

export const portalSalesPointsQuery = z.object({
  province: provinceFilter,
  q: optionalQueryText.describe('accent-insensitive words of the name or address'),
});
export type PortalSalesPointsFilters = z.input<typeof portalSalesPointsQuery>;

export const portalSalesPointSchema = publicSalesPointSchema.extend({
  kind: z.enum(SALES_POINT_KINDS).describe('point: a sales point; centre: an OCOP centre'),
  unitName: z.string().nullable().describe('the province or commune the point is recorded in'),
  products: z.array(portalProductRefSchema).describe('catalogued (3★+) products sold there'),
});
export type PortalSalesPoint = z.infer<typeof portalSalesPointSchema>;

export const portalSalesPointsSchema = z.object({
  items: z.array(portalSalesPointSchema),
  total: z.number().int(),
  provinces: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int() })).describe('provinces with open sales points (whatever the filter), for the picker'),
});
export type PortalSalesPoints = z.infer<typeof portalSalesPointsSchema>;

export const FAIR_TIMINGS = ['upcoming', 'ongoing', 'past'] as const;
export type FairTiming = (typeof FAIR_TIMINGS)[number];

export const portalFairsQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'errors.invalidFormat')
    .optional()
    .describe('YYYY-MM: the fairs held (at least one day) in that month'),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('the fairs held (at least one day) in that year'),
  province: provinceFilter,
});
export type PortalFairsFilters = z.input<typeof portalFairsQuery>;

export const portalFairSchema = z.object({
  id: z.string(),
  name: z.string(),
  organiser: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  place: z.string().describe('venue'),
  level: z.enum(FAIR_LEVELS),
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  timing: z.enum(FAIR_TIMINGS).describe('against today in Vietnam'),
  products: z.array(portalProductRefSchema).describe('participating catalogued (3★+) products'),
});
export type PortalFair = z.infer<typeof portalFairSchema>;

export const portalFairsSchema = z.object({
  today: z.string().describe("today's date in Vietnam (YYYY-MM-DD)"),
  items: z.array(portalFairSchema).describe('upcoming and ongoing fairs first (soonest first), then past ones (latest first)'),
  total: z.number().int(),
  months: z.array(z.object({ month: z.string(), count: z.number().int() })).describe('every month with fairs (of the province filter), by start month, oldest first: the navigation of a calendar'),
});
export type PortalFairs = z.infer<typeof portalFairsSchema>;

export const portal = {
  product: endpoint({
    method: 'GET',
    path: '/portal/products/:id',
    tags,
    summary: 'A recognised product as its public page shows it (photos, certificate, producer)',
    params: idParams,
    response: { 200: publicProductSchema, 400: errorResponses[400], 404: errorResponses[404] },
  }),
  qr: endpoint({
    method: 'GET',
    path: '/portal/products/:id/qr.svg',
    tags,
    summary: "QR code (SVG) of a product's public page",
    params: idParams,
    produces: 'image/svg+xml',
    response: { 400: errorResponses[400], 404: errorResponses[404] },
  }),
  stats: endpoint({
    method: 'GET',
    path: '/portal/stats',
    tags,
    summary: 'Programme statistics: recognised products by class, year and province',
    response: { 200: statsSchema },
  }),
  salesPoints: endpoint({
    method: 'GET',
    path: '/portal/sales-points',
    tags,
    summary: 'Open OCOP sales points and centres, with coordinates and the catalogued products sold there',
    description:
      'For anyone, without a session: only open points (planned and closed ones are not published), with the catalogued (3★+) products each stocks. `province` takes a code or a name without accents. The same points as the open data set `/api/open-data/sales-points.json`.',
    querystring: portalSalesPointsQuery,
    response: { 200: portalSalesPointsSchema, 400: errorResponses[400] },
  }),
  fairs: endpoint({
    method: 'GET',
    path: '/portal/fairs',
    tags,
    summary: 'The calendar of OCOP fairs and exhibitions: upcoming first, by month or year, by province',
    description:
      'For anyone, without a session. Without `month` or `year`, every fair: upcoming and ongoing ones first (soonest first), then past ones (latest first). `months` lists the months that have fairs, for the navigation of a calendar.',
    querystring: portalFairsQuery,
    response: { 200: portalFairsSchema, 400: errorResponses[400] },
  }),
  provinces: endpoint({
    method: 'GET',
    path: '/portal/provinces.geojson',
    tags,
    summary: 'Province boundaries since 2025-07-01 (GeoJSON, CC BY-SA 4.0, © Open Development Vietnam)',
    produces: 'application/geo+json',
    response: {},
  }),
};
