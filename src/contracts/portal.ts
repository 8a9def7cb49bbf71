import { z } from 'zod';
import { endpoint } from './http';
import { errorResponses, idParams } from './common';
import { CERTIFICATE_STATUSES } from '../domain/certificates/validity';
import { ENTITY_TYPES } from '../domain/entities/entity.schema';
import { LISTING_PLATFORMS } from '../domain/trade/kinds';

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
  provinces: endpoint({
    method: 'GET',
    path: '/portal/provinces.geojson',
    tags,
    summary: 'Province boundaries since 2025-07-01 (GeoJSON, CC BY-SA 4.0, © Open Development Vietnam)',
    produces: 'application/geo+json',
    response: {},
  }),
};
