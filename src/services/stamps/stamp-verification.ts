import type { Db } from '../../db/client';
import * as repo from '../../db/repositories/stamps.repository';
import { certificateStatus, type CertificateStatus } from '../../domain/certificates';
import { normaliseSerial, possiblyCopied, scanRegion, stampStatus } from '../../domain/stamps';
import type { StampVerification } from '../../contracts/stamps';
import * as clock from '../clock';
import { expiringSoonDays } from '../certificate-settings';
import { verifyStampToken, type StampTokenPayload } from '../verification.service';
import { currentEpoch, scanLedger } from '../verification-cache';
import { Lru } from './lru';

/**
 * Public check of a stamp (GET /api/verify/stamps/{serial}): what the shopper's phone shows.
 * Each check of a real stamp counts as a scan, under the region it came from.
 */

type CertificateRow = Awaited<ReturnType<typeof repo.certificateChain>>[number];

interface Cached {
  epoch: number;
  lookup: repo.StampLookup;
  chain: CertificateRow[];
}

const stampsBySerial = new Lru<string, Cached>(50_000);
const tokens = new Lru<string, StampTokenPayload | null>(50_000);

function unknown(serial: string, checkedOn: string, signature: StampVerification['signature'] = 'none'): StampVerification {
  return { status: 'unknown', serial, signature, product: null, producer: null, lot: null, producedOn: null, bestBefore: null, certificate: null, scans: 0, possiblyCopied: false, checkedOn };
}

async function load(db: Db, serial: string): Promise<Cached | null> {
  const epoch = currentEpoch();
  const hit = stampsBySerial.get(serial);
  if (hit && hit.epoch === epoch) return hit;
  const lookup = await repo.findStampBySerial(db, serial);
  if (!lookup) return null;
  const chain = await repo.certificateChain(db, lookup.certificateId);
  const entry = { epoch, lookup, chain };
  stampsBySerial.set(serial, entry);
  return entry;
}

async function tokenPayload(db: Db, token: string): Promise<StampTokenPayload | null> {
  const hit = tokens.get(token);
  if (hit !== undefined) return hit;
  const payload = await verifyStampToken(db, token);
  tokens.set(token, payload);
  return payload;
}

function statusOn(c: CertificateRow, today: string): CertificateStatus {
  // Not yet issued on the day asked about: not in force.
  return today < c.issuedOn ? 'expired' : certificateStatus(c, today, expiringSoonDays());
}

export interface ScanContext {
  /** The signed token of the QR code, when the scan carries it. */
  token?: string;
  /** The province the shopper says it is in. */
  province?: string;
  /** The client's address. */
  address: string;
}

export async function verifyStamp(db: Db, rawSerial: string, ctx: ScanContext): Promise<StampVerification> {
  const today = clock.today();
  const serial = normaliseSerial(rawSerial);
  if (!serial) return unknown(rawSerial.slice(0, 64), today);
  const found = await load(db, serial);
  let signature: StampVerification['signature'] = 'none';
  if (ctx.token) {
    const payload = await tokenPayload(db, ctx.token);
    // A token that does not verify, or names another stamp, is a forged code whatever its serial.
    if (!payload || payload.sn !== serial || (found && payload.l !== found.lookup.lot)) return unknown(serial, today, 'invalid');
    signature = 'valid';
  }
  if (!found) return unknown(serial, today, signature);
  const regions = await scanLedger(db).record(found.lookup.stampId, scanRegion(ctx.province, ctx.address));
  return { ...describe(found.lookup, found.chain, today), serial, signature, scans: regions.reduce((n, r) => n + r.scans, 0), possiblyCopied: possiblyCopied(regions) };
}

type LotFacts = Pick<repo.StampLookup, 'productId' | 'productName' | 'productGtin' | 'entityName' | 'lot' | 'producedOn' | 'bestBefore'>;

/** Status, product, producer, lot and the deciding certificate of a lot on `today`. */
function describe(lookup: LotFacts, chain: CertificateRow[], today: string): StampVerification {
  const statuses = chain.map((c) => statusOn(c, today));
  const status = stampStatus(statuses);
  // The certificate that decides: the first one not superseded (or the last one).
  const decisive = chain[statuses.findIndex((s) => s !== 'superseded')] ?? chain[chain.length - 1];
  return {
    status,
    serial: '',
    signature: 'none',
    product: { id: lookup.productId, name: lookup.productName, gtin: lookup.productGtin, stars: decisive?.stars ?? 0 },
    producer: { name: lookup.entityName },
    lot: lookup.lot,
    producedOn: lookup.producedOn,
    bestBefore: lookup.bestBefore,
    certificate: decisive
      ? { number: decisive.number, issuer: decisive.issuerName, validFrom: decisive.issuedOn, validUntil: decisive.validUntil, revokedOn: decisive.revokedOn, revokedReason: decisive.revokedOn ? decisive.revokedReason : null }
      : null,
    scans: 0,
    possiblyCopied: false,
    checkedOn: today,
  };
}

/** What a lot's public page shows (GS1 Digital Link `/01/{gtin}/10/{lot}`); null when there is no such batch. */
export async function verifyLot(db: Db, batchId: string): Promise<StampVerification | null> {
  const view = await repo.getBatch(db, batchId);
  if (!view) return null;
  const b = view.batch;
  const chain = await repo.certificateChain(db, b.certificateId);
  return describe(
    { productId: b.productId, productName: view.productName, productGtin: view.productGtin, entityName: view.entityName, lot: b.lot, producedOn: b.producedOn, bestBefore: b.bestBefore },
    chain,
    clock.today(),
  );
}
