import type { Db } from '../../db/client';
import * as repo from '../../db/repositories/stamps.repository';
import { certificateStatus, type CertificateStatus } from '../../domain/certificates';
import { normaliseSerial, possiblyCopied, scanRegion, stampStatus } from '../../domain/stamps';
import type { StampVerification } from '../../contracts/stamps';
import * as clock from '../clock';
import { expiringSoonDays } from '../certificate-settings';
import { verifyStampToken, type StampTokenPayload } from '../verification.service';
import { currentEpoch, scanLedger } from '../verification-cache';
import { Lru } from '../lru';

/**
 * Public check of a stamp (GET /api/verify/stamps/{serial}): what the shopper's phone shows.
 * Each check of a real stamp counts as a scan, under the region it came from.
 */

type CertificateRow = Awaited<ReturnType<typeof repo.certificateChain>>[number];

interface CachedBatch {
  epoch: number;
  facts: repo.BatchFacts;
  chain: CertificateRow[];
  /** What the lot's stamps say on a day (statuses are date arithmetic over the chain: worked out once a day). */
  described?: Described;
}

// A stamp's serial, id and batch never change; a batch's facts and certificates are read again
// after any change (the epoch, see verification-cache.ts).
const stampsBySerial = new Lru<string, { stampId: string; batchId: string }>(200_000);
const batches = new Lru<string, CachedBatch>(20_000);
const tokens = new Lru<string, StampTokenPayload | null>(50_000);

function unknown(serial: string, checkedOn: string, signature: StampVerification['signature'] = 'none'): StampVerification {
  return { status: 'unknown', serial, signature, product: null, producer: null, lot: null, producedOn: null, bestBefore: null, certificate: null, scans: 0, possiblyCopied: false, checkedOn };
}

/** The batch as cached in this epoch, if it is. */
function cachedBatch(batchId: string): CachedBatch | undefined {
  const hit = batches.get(batchId);
  return hit && hit.epoch === currentEpoch() ? hit : undefined;
}

async function loadBatch(db: Db, batchId: string): Promise<CachedBatch | null> {
  const epoch = currentEpoch();
  const hit = cachedBatch(batchId);
  if (hit) return hit;
  const facts = await repo.findBatchFacts(db, batchId);
  if (!facts) return null;
  const entry = { epoch, facts, chain: await repo.certificateChain(db, facts.certificateId) };
  batches.set(batchId, entry);
  return entry;
}

/** The stamp (and its scan counts when they had to be read), or null when no such serial exists. */
async function loadStamp(db: Db, serial: string) {
  const hit = stampsBySerial.get(serial);
  if (hit) return { ...hit, regions: undefined };
  const row = await repo.findStampBySerial(db, serial);
  if (!row) return null;
  stampsBySerial.set(serial, { stampId: row.stampId, batchId: row.batchId });
  return row;
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

/** What one scan found: an answer of its own (unknown or forged), or the lot's answer with this scan's fields. */
type Check =
  | { found: false; answer: StampVerification }
  | { found: true; lot: Described; serial: string; signature: StampVerification['signature']; scans: number; possiblyCopied: boolean };

// The busiest public call: on a repeated scan every step below is a cache hit, and none of them
// awaits then (each await of a settled promise still costs a turn of the microtask queue).
async function check(db: Db, rawSerial: string, ctx: ScanContext): Promise<Check> {
  const today = clock.today();
  const serial = normaliseSerial(rawSerial);
  if (!serial) return { found: false, answer: unknown(rawSerial.slice(0, 64), today) };
  const known = stampsBySerial.get(serial);
  const stamp = known ?? (await loadStamp(db, serial));
  const found = stamp ? (cachedBatch(stamp.batchId) ?? (await loadBatch(db, stamp.batchId))) : null;
  let signature: StampVerification['signature'] = 'none';
  if (ctx.token) {
    const cached = tokens.get(ctx.token);
    const payload = cached !== undefined ? cached : await tokenPayload(db, ctx.token);
    // A token that does not verify, or names another stamp, is a forged code whatever its serial.
    if (!payload || payload.sn !== serial || (found && payload.l !== found.facts.lot)) return { found: false, answer: unknown(serial, today, 'invalid') };
    signature = 'valid';
  }
  if (!stamp || !found) return { found: false, answer: unknown(serial, today, signature) };
  const ledger = scanLedger(db);
  const region = scanRegion(ctx.province, ctx.address);
  const fresh = known ? undefined : (stamp as { regions?: Array<{ region: string; scans: number }> }).regions;
  const regions = ledger.recordCached(stamp.stampId, region) ?? (await ledger.record(stamp.stampId, region, fresh));
  let scans = 0;
  for (const r of regions) scans += r.scans;
  return { found: true, lot: describedOn(found, today), serial, signature, scans, possiblyCopied: possiblyCopied(regions) };
}

export async function verifyStamp(db: Db, rawSerial: string, ctx: ScanContext): Promise<StampVerification> {
  const c = await check(db, rawSerial, ctx);
  if (!c.found) return c.answer;
  return { ...c.lot.value, serial: c.serial, signature: c.signature, scans: c.scans, possiblyCopied: c.possiblyCopied };
}

/**
 * `verifyStamp`'s answer as JSON text, the same keys in the same order: the lot's part is written
 * once a day, this scan's serial, signature and counts are put in (the fast path of
 * GET /api/verify/stamps/{serial}, server/fast-paths/verification.ts).
 */
export async function verifyStampJson(db: Db, rawSerial: string, ctx: ScanContext): Promise<string> {
  const c = await check(db, rawSerial, ctx);
  if (!c.found) return JSON.stringify(c.answer);
  const { head, middle, tail } = c.lot.text;
  return `${head}${JSON.stringify(c.serial)},"signature":"${c.signature}",${middle},"scans":${c.scans},"possiblyCopied":${c.possiblyCopied}${tail}`;
}

interface Described {
  key: string;
  value: StampVerification;
  /** The value as JSON around this scan's fields: `head` serial, signature, `middle`, scans, possibly copied, `tail`. */
  text: { head: string; middle: string; tail: string };
}

function describedOn(batch: CachedBatch, today: string): Described {
  const key = `${today}|${expiringSoonDays()}`;
  if (batch.described?.key !== key) {
    const value = describe(batch.facts, batch.chain, today);
    const { product, producer, lot, producedOn, bestBefore, certificate } = value;
    batch.described = {
      key,
      value,
      text: {
        head: `{"status":${JSON.stringify(value.status)},"serial":`,
        middle: JSON.stringify({ product, producer, lot, producedOn, bestBefore, certificate }).slice(1, -1),
        tail: `,"checkedOn":${JSON.stringify(value.checkedOn)}}`,
      },
    };
  }
  return batch.described;
}

type LotFacts = Pick<repo.BatchFacts, 'productId' | 'productName' | 'productGtin' | 'entityName' | 'lot' | 'producedOn' | 'bestBefore'>;

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
  const batch = await loadBatch(db, batchId);
  return batch ? describe(batch.facts, batch.chain, clock.today()) : null;
}
