import { assertIsoDate, daysBetween, fromDayNumber, type IsoDate } from '../dates';

/**
 * Re-recognition and upgrade (issue 11, item 7). A recognised product does not redo its dossier:
 * the producer starts a new dossier from the product's last one, whose documents are carried
 * over, each marked as reused with its original date; documents whose validity (per checklist
 * item, `validForMonths` in resources/dossier-checklists) has run out by today are flagged
 * so the producer replaces them. Re-recognition is for a certificate near the end of its 36
 * months (from `RE_RECOGNITION_WINDOW_DAYS` before its last valid day, or after it expired);
 * an upgrade (a higher class) may be asked at any time while the certificate is in force.
 */

export const DOSSIER_PURPOSES = ['re-recognition', 'upgrade'] as const;
export type DossierPurpose = (typeof DOSSIER_PURPOSES)[number];

/** Re-recognition opens with the first expiry reminder. */
export const RE_RECOGNITION_WINDOW_DAYS = 180;

export interface CertificateInForce {
  status: 'valid' | 'expiring' | 'expired' | 'revoked' | 'superseded';
  validUntil: IsoDate;
  stars: number;
}

/**
 * Why a product may not start a dossier of this purpose today (an errors.* code), or null.
 * `certificate` is the product's latest certificate (null: never certified).
 */
export function renewalRefusal(purpose: DossierPurpose, certificate: CertificateInForce | null, today: IsoDate): string | null {
  assertIsoDate(today, 'today');
  if (!certificate || certificate.status === 'superseded') return 'errors.dossier.renewal.noCertificate';
  if (certificate.status === 'revoked') return 'errors.dossier.renewal.revoked';
  if (purpose === 'upgrade') {
    if (certificate.status === 'expired') return 'errors.dossier.renewal.expiredUseReRecognition';
    if (certificate.stars >= 5) return 'errors.dossier.renewal.topClass';
    return null;
  }
  if (certificate.status === 'expired') return null;
  return daysBetween(today, certificate.validUntil) <= RE_RECOGNITION_WINDOW_DAYS ? null : 'errors.dossier.renewal.tooEarly';
}

/** The first day re-recognition may start for a certificate valid until `validUntil`. */
export function reRecognitionOpensOn(validUntil: IsoDate): IsoDate {
  assertIsoDate(validUntil, 'validUntil');
  const [y, m, d] = validUntil.split('-').map(Number);
  return fromDayNumber(Date.UTC(y, m - 1, d) / 86_400_000 - RE_RECOGNITION_WINDOW_DAYS);
}

/**
 * Last valid day of a document dated `issuedOn` valid `months` months: the day before the same
 * calendar day `months` later (a missing day rolls over, as for certificates).
 */
export function documentValidUntil(issuedOn: IsoDate, months: number): IsoDate {
  assertIsoDate(issuedOn, 'issuedOn');
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be a whole number ≥ 1, got ${months}`);
  const [y, m, d] = issuedOn.split('-').map(Number);
  return fromDayNumber(Date.UTC(y, m - 1 + months, d) / 86_400_000 - 1);
}

export interface ReusableFile {
  id: string;
  itemCode: string;
  /** The document's own date: when it was first uploaded (kept through earlier reuses). */
  originalDate: IsoDate;
}

export interface CarriedFile {
  fromFileId: string;
  itemCode: string;
  originalDate: IsoDate;
  /** Last valid day, or null when the item's documents do not expire. */
  validUntil: IsoDate | null;
  expired: boolean;
}

/**
 * The files a new dossier takes over from the last one: those of items the new checklist still
 * has (an item dropped by the rule version is left behind), each with its original date and
 * whether it has expired by `today`.
 */
export function carryOver(files: readonly ReusableFile[], items: ReadonlyArray<{ code: string; validForMonths?: number }>, today: IsoDate): CarriedFile[] {
  assertIsoDate(today, 'today');
  const byCode = new Map(items.map((i) => [i.code, i]));
  return files.flatMap((f) => {
    const item = byCode.get(f.itemCode);
    if (!item) return [];
    assertIsoDate(f.originalDate, 'originalDate');
    const validUntil = item.validForMonths ? documentValidUntil(f.originalDate, item.validForMonths) : null;
    return [{ fromFileId: f.id, itemCode: f.itemCode, originalDate: f.originalDate, validUntil, expired: validUntil !== null && validUntil < today }];
  });
}

/** Whether a carried-over document is still expired by `today` (its flag is recomputed on each read). */
export function isDocumentExpired(originalDate: IsoDate, validForMonths: number | undefined, today: IsoDate): boolean {
  return validForMonths ? documentValidUntil(originalDate, validForMonths) < today : false;
}
