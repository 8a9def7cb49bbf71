import type { Db } from '../../db/client';
import * as repo from '../../db/repositories/portal.repository';
import { starRecords } from '../../db/repositories/products.repository';
import { certificateStatus } from '../../domain/certificates/validity';
import { NotFoundError } from '../../domain/errors';
import type { Lang } from '../../i18n/lang';
import type { PortalStats, PublicCertificate, PublicListing, PublicProduct, PublicSalesPoint } from '../../contracts/portal';
import { LISTING_PLATFORMS } from '../../domain/trade/kinds';
import { expiringSoonDays } from '../certificate-settings';
import { today } from '../clock';
import { productGroupNames } from '../product-groups.service';
import { loadProduct } from '../products.service';
import { presentPhoto } from './photos.present';

/** The public portal's reads (SPEC C7): a product's page and the programme's figures. */

export function productPagePath(id: string): string {
  return `/p/${id}`;
}

function presentCertificate(row: NonNullable<Awaited<ReturnType<typeof repo.currentCertificate>>>, day: string): PublicCertificate {
  return {
    number: row.number,
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
    // A certificate dated after today is shown as it will be: valid.
    status: day < row.issuedOn ? 'valid' : certificateStatus(row, day, expiringSoonDays()),
    stars: row.stars,
    issuer: row.issuerName,
    verifyPath: `/v/${row.token}`,
  };
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const coordinate = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const isPlatform = (v: string): v is PublicListing['platform'] => (LISTING_PLATFORMS as readonly string[]).includes(v);

/** The trade records of a product as its page shows them: sales points (with coordinates for the map) and listings. */
function presentTrade(rows: Awaited<ReturnType<typeof repo.whereToBuy>>): { salesPoints: PublicSalesPoint[]; listings: PublicListing[] } {
  const salesPoints: PublicSalesPoint[] = [];
  const listings: PublicListing[] = [];
  for (const r of rows) {
    const d = r.details ?? {};
    if (r.kind === 'salesPoint') {
      salesPoints.push({
        id: r.id, name: r.name, kind: text(d.kind) ?? 'point', address: text(d.address) ?? '', latitude: coordinate(d.latitude), longitude: coordinate(d.longitude),
        provinceCode: r.provinceCode, provinceName: r.provinceName, phone: text(d.phone),
      });
    } else {
      const url = text(d.url);
      // Only web addresses are linked from the public page.
      if (url && /^https?:\/\//i.test(url) && isPlatform(r.category)) listings.push({ platform: r.category, url, priceVnd: r.amountVnd });
    }
  }
  return { salesPoints, listings };
}

/** A recognised product for its public page; 404 for any other (as if it did not exist). */
export async function publicProduct(db: Db, id: string, lang: Lang): Promise<PublicProduct> {
  const view = await loadProduct(db, null, id);
  const p = view.product;
  const day = today();
  const [names, photos, cert, entity, history, trade] = await Promise.all([
    productGroupNames(db, lang),
    repo.photosOf(db, [id]),
    repo.currentCertificate(db, id, day),
    repo.entityOf(db, p.entityId),
    starRecords(db, id),
    repo.whereToBuy(db, id),
  ]);
  if (!entity) throw new NotFoundError('product');
  return {
    id: p.id,
    name: p.name,
    groupCode: p.groupCode,
    groupName: names.get(p.groupCode) ?? null,
    subgroupCode: p.subgroupCode,
    subgroupName: names.get(p.subgroupCode) ?? null,
    stars: p.stars,
    description: p.description,
    story: p.story,
    rawMaterialOrigin: p.rawMaterialOrigin,
    packaging: p.packaging,
    qualityStandard: p.qualityStandard,
    gtin: p.gtin,
    priceVnd: p.priceVnd,
    priceUnit: p.priceUnit,
    whereToBuy: p.whereToBuy,
    ...presentTrade(trade),
    photos: photos.map(presentPhoto),
    externalPhotos: p.photos,
    entity,
    unitCode: p.unitCode,
    unitName: view.unitName,
    provinceCode: p.provinceCode,
    provinceName: view.provinceName,
    certificate: cert ? presentCertificate(cert, day) : null,
    starHistory: history.map((h) => ({ stars: h.record.stars, year: h.record.year })),
    pagePath: productPagePath(p.id),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export async function portalStats(db: Db): Promise<PortalStats> {
  const s = await repo.statistics(db);
  return { total: s.byStars.reduce((n, r) => n + r.count, 0), ...s };
}
