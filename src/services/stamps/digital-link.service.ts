import type { Db } from '../../db/client';
import * as repo from '../../db/repositories/stamps.repository';
import { listUnits } from '../../db/repositories/units.repository';
import { normaliseSerial, parseDigitalLink } from '../../domain/stamps';

/**
 * GS1 Digital Link resolution: `/01/{gtin}` → the product page, `/01/{gtin}/10/{lot}` → the
 * lot's page, `/01/{gtin}/10/{lot}/21/{serial}` → the stamp's page. The query string (the
 * stamp's signed token) is kept. Null: no product or lot answers to it.
 */
export async function resolveDigitalLink(db: Db, url: string): Promise<string | null> {
  const [path, query] = url.split(/\?(.*)/s);
  const link = parseDigitalLink(path);
  if (!link) return null;
  const keep = query ? `?${query}` : '';
  if (link.serial) {
    const serial = normaliseSerial(link.serial);
    return `/s/${encodeURIComponent(serial ?? link.serial)}${keep}`;
  }
  const product = await repo.findProductByGtin(db, link.gtin);
  if (!product) return null;
  if (link.lot) {
    const batch = await repo.findBatchByLot(db, product.id, link.lot);
    return batch ? `/lot/${batch.batch.id}` : null;
  }
  return `/p/${product.id}`;
}

let provinces: Array<{ code: string; name: string }> | null = null;

/** The 34 current provinces, for the stamp page's "where are you buying" choice (read once). */
export async function currentProvinces(db: Db): Promise<Array<{ code: string; name: string }>> {
  if (!provinces) {
    const rows = await listUnits(db, { structure: 'current', level: 'province', limit: 100 });
    provinces = rows.map((r) => ({ code: r.code, name: r.name })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }
  return provinces;
}

/** A lot's public page: the batch with its product and certificate, without serial-specific data. */
export async function lotView(db: Db, batchId: string) {
  return repo.getBatch(db, batchId);
}
