import type { PhotoRow } from '../../db/repositories/portal.repository';
import { DEFAULT_PHOTO_WIDTH, photoUrl, srcsetOf } from '../../domain/portal/photos';
import type { Photo } from '../../contracts/portal';

export function presentPhoto(row: PhotoRow): Photo {
  return {
    id: row.id,
    width: row.width,
    height: row.height,
    alt: row.alt,
    src: photoUrl(row.id, `w${DEFAULT_PHOTO_WIDTH}.webp`),
    srcset: srcsetOf(row.id, row.width),
  };
}

/** Photos grouped by product, in their order. */
export function photosByProduct(rows: readonly PhotoRow[]): Map<string, Photo[]> {
  const map = new Map<string, Photo[]>();
  for (const r of rows) {
    const list = map.get(r.productId) ?? [];
    list.push(presentPhoto(r));
    map.set(r.productId, list);
  }
  return map;
}
