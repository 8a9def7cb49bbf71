import crypto from 'node:crypto';
import type { Db, Executor } from '../../db/client';
import * as repo from '../../db/repositories/stamps.repository';
import { getProduct } from '../../db/repositories/products.repository';
import { liveCertificatesOfProduct } from '../../db/repositories/certificates.repository';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors';
import { actionsOn, authorize, type Actor, type Located } from '../../domain/policy';
import { digitalLinkPath, makeSerial, possiblyCopied } from '../../domain/stamps';
import type { CreateStampBatch, StampBatch, StampBatchDetail } from '../../contracts/stamps';
import type { BodyOf } from '../../contracts/http';
import type { stamps as stampsContract } from '../../contracts/stamps';
import * as clock from '../clock';
import { audit, type AuditActor } from '../audit.service';
import { recordOf } from '../products.service';
import { stampTokenSigner } from '../verification.service';
import { scanLedger } from '../verification-cache';
import { renderStampSheet } from '../documents/stamp-sheet-pdf';

/**
 * OCOP stamps per production lot: a producer (own products) or an office (its jurisdiction)
 * issues a batch for a lot of a product whose certificate is in force; every stamp gets a
 * unique serial and a token signed with the certificates' key, printed as a QR code on a PDF
 * sheet or sent to a label printer as CSV.
 */

const SUBJECT = 'stamp_batch';

function locatedOf(b: repo.StampBatchRow): Located {
  return { unitStructure: b.unitStructure, unitCode: b.unitCode, provinceCode: b.provinceCode, districtCode: b.districtCode, entityId: b.entityId };
}

/** The address a stamp's QR code opens: the GS1 Digital Link form when the product has a GTIN. */
export function stampUrl(origin: string, gtin: string | null, lot: string, serial: string, token: string): string {
  const base = origin.replace(/\/+$/, '');
  const path = gtin ? digitalLinkPath(gtin, lot, serial) : `/s/${serial}`;
  return `${base}${path}?t=${token}`;
}

function present(view: repo.StampBatchView, actor: Actor | null, totals?: { scans: number; scanned: number }): StampBatch {
  const b = view.batch;
  return {
    id: b.id,
    productId: b.productId,
    productName: view.productName,
    entityId: b.entityId,
    entityName: view.entityName,
    gtin: view.productGtin,
    certificateId: b.certificateId,
    certificateNumber: view.certificateNumber,
    stars: view.stars,
    lot: b.lot,
    producedOn: b.producedOn,
    bestBefore: b.bestBefore,
    count: b.count,
    unitCode: b.unitCode,
    provinceCode: b.provinceCode,
    createdAt: b.createdAt.toISOString(),
    scans: totals?.scans ?? 0,
    scannedStamps: totals?.scanned ?? 0,
    actions: actionsOn(actor, 'stampBatch', locatedOf(b)),
  };
}

async function detail(db: Db, view: repo.StampBatchView, actor: Actor | null, origin: string): Promise<StampBatchDetail> {
  const rows = await repo.stampsOfBatch(db, view.batch.id);
  const regions = await repo.regionsOfStamps(db, rows.map((r) => r.id));
  const byStamp = new Map<string, Array<{ region: string; scans: number }>>();
  for (const r of regions) byStamp.set(r.stampId, [...(byStamp.get(r.stampId) ?? []), { region: r.region, scans: r.scans }]);
  const scans = rows.reduce((n, r) => n + r.scans, 0);
  return {
    ...present(view, actor, { scans, scanned: rows.filter((r) => r.scans > 0).length }),
    stamps: rows.map((r) => ({
      seq: r.seq,
      serial: r.serial,
      token: r.token,
      url: stampUrl(origin, view.productGtin, view.batch.lot, r.serial, r.token),
      scans: r.scans,
      possiblyCopied: possiblyCopied(byStamp.get(r.id) ?? []),
    })),
  };
}

async function loadProduct(db: Db, actor: Actor, productId: string) {
  const view = await getProduct(db, productId);
  if (!view) throw new NotFoundError('product');
  const record = recordOf(view.product);
  // Stamps are read and issued where the product is; out of jurisdiction is "not found".
  authorize(actor, 'read', 'stampBatch', record);
  return { view, record };
}

export async function issueStampBatch(
  db: Db,
  actor: Actor,
  who: AuditActor,
  productId: string,
  input: BodyOf<typeof stampsContract.create> | CreateStampBatch,
  origin: string,
): Promise<{ created: boolean; batch: StampBatchDetail }> {
  const today = clock.today();
  const { view, record } = await loadProduct(db, actor, productId);
  authorize(actor, 'create', 'stampBatch', record);
  const bestBefore = input.bestBefore ?? null;
  const problems = [];
  if (input.producedOn > today) problems.push({ path: 'producedOn', code: 'errors.stamps.producedInFuture' });
  if (bestBefore && bestBefore < input.producedOn) problems.push({ path: 'bestBefore', code: 'errors.stamps.bestBeforeBeforeProduced' });
  if (problems.length) throw new ValidationError(problems);

  const p = view.product;
  const result = await db.transaction(async (tx) => {
    const live = (await liveCertificatesOfProduct(tx, productId, today)).filter((c) => c.issuedOn <= today).sort((a, b) => (a.issuedOn < b.issuedOn ? 1 : -1));
    const certificate = live[0];
    if (!certificate) throw new ConflictError('errors.stamps.noCertificate');
    const batch = await repo.insertBatch(tx, {
      productId,
      entityId: p.entityId,
      certificateId: certificate.id,
      lot: input.lot,
      producedOn: input.producedOn,
      bestBefore,
      count: input.count,
      unitStructure: p.unitStructure,
      unitCode: p.unitCode,
      provinceCode: p.provinceCode,
      districtCode: p.districtCode,
      createdBy: actor.id,
    });
    if (!batch) {
      // The lot already has its stamps: the same request again gets them, other values a conflict.
      const existing = await repo.findBatchByLot(tx, productId, input.lot);
      const b = existing?.batch;
      if (b && b.producedOn === input.producedOn && b.bestBefore === bestBefore && b.count === input.count) return { created: false, view: existing };
      throw new ConflictError('errors.stamps.lotExists', { lot: input.lot });
    }
    await insertStampsOfBatch(tx, batch, certificate.number);
    await audit(tx, who, 'stamps.issue', SUBJECT, batch.id, { productId, lot: input.lot, count: input.count, certificate: certificate.number, producedOn: input.producedOn, bestBefore });
    return { created: true, view: (await repo.getBatch(tx, batch.id))! };
  });
  return { created: result.created, batch: await detail(db, result.view, actor, origin) };
}

/**
 * Signs and stores the stamps of a new batch (inside the caller's transaction). 55 random bits
 * per serial: a clash with another batch's serial is astronomically unlikely, and the unique
 * index would refuse it (the request fails and can be repeated).
 */
export async function insertStampsOfBatch(tx: Executor, batch: repo.StampBatchRow, certificateNumber: string): Promise<void> {
  const signer = await stampTokenSigner(tx);
  const rows: repo.StampInsert[] = [];
  const seen = new Set<string>();
  for (let seq = 1; seq <= batch.count; seq++) {
    let serial = makeSerial(crypto.randomBytes(11));
    while (seen.has(serial)) serial = makeSerial(crypto.randomBytes(11));
    seen.add(serial);
    const token = await signer.sign({ sn: serial, n: certificateNumber, l: batch.lot, d: batch.producedOn });
    rows.push({ batchId: batch.id, seq, serial, token, kid: signer.kid });
  }
  await repo.insertStamps(tx, rows);
}

export async function listStampBatches(db: Db, actor: Actor, productId: string): Promise<{ items: StampBatch[] }> {
  await loadProduct(db, actor, productId);
  await scanLedger(db).flush();
  const views = await repo.batchesOfProduct(db, productId);
  const totals = await repo.batchScanTotals(db, views.map((v) => v.batch.id));
  return { items: views.map((v) => present(v, actor, totals.get(v.batch.id))) };
}

async function loadBatch(db: Db, actor: Actor, id: string) {
  const view = await repo.getBatch(db, id);
  if (!view) throw new NotFoundError('stampBatch');
  authorize(actor, 'read', 'stampBatch', locatedOf(view.batch));
  return view;
}

export async function getStampBatch(db: Db, actor: Actor, id: string, origin: string): Promise<StampBatchDetail> {
  const view = await loadBatch(db, actor, id);
  await scanLedger(db).flush();
  return detail(db, view, actor, origin);
}

export async function stampSheetPdf(db: Db, actor: Actor, id: string, origin: string): Promise<{ pdf: Buffer; name: string }> {
  const view = await loadBatch(db, actor, id);
  const rows = await repo.stampsOfBatch(db, id);
  const pdf = await renderStampSheet({
    productName: view.productName,
    entityName: view.entityName,
    stars: view.stars,
    lot: view.batch.lot,
    producedOn: view.batch.producedOn,
    bestBefore: view.batch.bestBefore,
    certificateNumber: view.certificateNumber,
    stamps: rows.map((r) => ({ serial: r.serial, url: stampUrl(origin, view.productGtin, view.batch.lot, r.serial, r.token) })),
  });
  return { pdf, name: `tem-ocop-lo-${view.batch.lot}` };
}

function csvCell(v: string | number): string {
  // A cell a spreadsheet would run as a formula is written as text.
  const s = typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The serials for a label printer: one row per stamp (UTF-8 with BOM so spreadsheet programs read it). */
export async function stampSerialsCsv(db: Db, actor: Actor, id: string, origin: string): Promise<{ csv: string; name: string }> {
  const view = await loadBatch(db, actor, id);
  const rows = await repo.stampsOfBatch(db, id);
  const lines = [['seq', 'serial', 'lot', 'produced_on', 'best_before', 'product', 'gtin', 'certificate', 'url', 'token'].join(',')];
  for (const r of rows) {
    lines.push(
      [r.seq, r.serial, view.batch.lot, view.batch.producedOn, view.batch.bestBefore ?? '', view.productName, view.productGtin ?? '', view.certificateNumber, stampUrl(origin, view.productGtin, view.batch.lot, r.serial, r.token), r.token]
        .map(csvCell)
        .join(','),
    );
  }
  return { csv: '\ufeff' + lines.join('\r\n') + '\r\n', name: `tem-ocop-lo-${view.batch.lot}` };
}
