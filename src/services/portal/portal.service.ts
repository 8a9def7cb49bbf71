import type { Db } from '../../db/client';
import * as repo from '../../db/repositories/portal.repository';
import { starRecords } from '../../db/repositories/products.repository';
import { certificateStatus } from '../../domain/certificates/validity';
import { NotFoundError } from '../../domain/errors';
import type { Lang } from '../../i18n/lang';
import type { PortalStats, PublicCertificate, PublicProduct } from '../../contracts/portal';
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

/** A recognised product for its public page; 404 for any other (as if it did not exist). */
export async function publicProduct(db: Db, id: string, lang: Lang): Promise<PublicProduct> {
  const view = await loadProduct(db, null, id);
  const p = view.product;
  const day = today();
  const [names, photos, cert, entity, history] = await Promise.all([
    productGroupNames(db, lang),
    repo.photosOf(db, [id]),
    repo.currentCertificate(db, id, day),
    repo.entityOf(db, p.entityId),
    starRecords(db, id),
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
