import QRCode from 'qrcode';
import type { Db, Executor } from '../db/client';
import * as repo from '../db/repositories/certificates.repository';
import { findProductsForRound, type RoundRow } from '../db/repositories/rounds.repository';
import { insertStarRecord, refreshCurrentStars } from '../db/repositories/products.repository';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors';
import { actionsOn, authorize, mayAnywhere, scopeOf, type Actor, type Located, type Scope } from '../domain/policy';
import { insertNotifications, recipients } from '../db/repositories/notifications.repository';
import {
  certificateNumber, certificateStatus, eligibleForCertificate, validUntil, type CertificateStatus,
} from '../domain/certificates';
import { addDays, daysBetween } from '../domain/dates';
import { dueReminder, reminderHorizon } from '../domain/certificates/reminders';
import * as clock from './clock';
import { canRecognise, ruleLabel, type StarClass } from '../domain/ranking';
import type { AuthorityLevel } from '../domain/criteria/types';
import { audit, timeline, type AuditActor } from './audit.service';
import { expiringSoonDays, reminderThresholds } from './certificate-settings';
import { signCertificateToken, verifyUrl } from './verification.service';
import { renderCertificatePdf } from './documents/certificate-pdf';
import { invalidateVerification } from './verification-cache';
import { publishedCriteriaSets } from './criteria-sets.service';
import type { Certificate, certificates, Reminder } from '../contracts/certificates';
import type { QueryOf } from '../contracts/http';

/**
 * Certificates (giấy chứng nhận sản phẩm OCOP): issued when a round's results are approved,
 * valid 36 months, then valid → expiring soon → expired; or revoked (with a reason) or
 * superseded by a later certificate of the same product (re-recognition or upgrade).
 *
 * Catalogue rule (documented in docs/evaluation.md): issuing records the class in the
 * product's star history and makes it the product's current class; revoking a certificate
 * takes the product out of the public catalogue (current class cleared) unless another
 * certificate of the product is still in force. The star history itself is never rewritten.
 */

const SUBJECT = 'certificate';

export function presentCertificate(row: repo.CertificateRow, today: string, actor: Actor | null, unitName: string | null = null): Certificate {
  const status: CertificateStatus = today < row.issuedOn ? 'valid' : certificateStatus(row, today, expiringSoonDays());
  return {
    id: row.id,
    number: row.number,
    productId: row.productId,
    productName: row.productName,
    entityId: row.entityId,
    entityName: row.entityName,
    roundId: row.roundId,
    stars: row.stars,
    level: row.level,
    issuer: row.issuerName,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
    status,
    daysLeft: daysBetween(today, row.validUntil),
    revokedOn: row.revokedOn,
    revokedReason: row.revokedReason,
    supersededOn: row.supersededOn,
    supersededById: row.supersededById,
    unitCode: row.unitCode,
    unitName,
    provinceCode: row.provinceCode,
    token: row.token,
    verifyPath: `/v/${row.token}`,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    actions: actionsOn(actor, 'certificate', { ...locatedOf(row), status }),
  };
}

function locatedOf(row: repo.CertificateRow): Located {
  return { unitStructure: row.unitStructure, unitCode: row.unitCode, provinceCode: row.provinceCode, districtCode: row.districtCode, entityId: row.entityId };
}

// ---------------------------------------------------------------- issuing

export interface IssueInput {
  round: RoundRow;
  issuer: string;
  decisionNumber: string;
  decisionDate: string;
  products: Array<{ productId: string; stars: number }>;
}

/**
 * Issues one certificate per recognised product of an approved round (inside the caller's
 * transaction): unique number, signed QR token, star history, and supersession of the
 * product's certificates still in force. Refuses any class the round's level may not
 * recognise under its rule version (a provincial round never issues 5★).
 */
export async function issueCertificates(tx: Executor, who: AuditActor, input: IssueInput): Promise<repo.CertificateRow[]> {
  const { round } = input;
  const sets = (await publishedCriteriaSets(tx)).map((s) => s.set);
  const found = new Map((await findProductsForRound(tx, input.products.map((p) => p.productId))).map((p) => [p.product.id, p]));
  const issuedOn = input.decisionDate;
  const year = Number(issuedOn.slice(0, 4));
  const lastDay = validUntil(issuedOn);
  const issued: repo.CertificateRow[] = [];

  for (const { productId, stars } of input.products) {
    if (!eligibleForCertificate(stars) || !canRecognise(round.ruleVersion, round.level as AuthorityLevel, stars as StarClass, sets)) {
      throw new ConflictError('errors.certificate.levelCannotRecognise', { level: round.level, stars, rule: ruleLabel(round.ruleVersion, sets) });
    }
    const view = found.get(productId);
    if (!view) throw new NotFoundError('product');
    const p = view.product;
    const provinceForNumber = round.provinceCode ?? '00';
    const number = certificateNumber(provinceForNumber, year, await repo.nextCertificateSequence(tx, provinceForNumber, year));
    const { token, kid } = await signCertificateToken(tx, { n: number, p: p.name, e: view.entityName, s: stars, f: issuedOn, u: lastDay, i: input.issuer });
    const live = await repo.liveCertificatesOfProduct(tx, productId, issuedOn);
    const row = await repo.insertCertificate(tx, {
      number,
      productId,
      entityId: p.entityId,
      roundId: round.id,
      stars,
      level: round.level,
      issuerName: input.issuer,
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      issuedOn,
      validUntil: lastDay,
      productName: p.name,
      entityName: view.entityName,
      unitStructure: p.unitStructure,
      unitCode: p.unitCode,
      provinceCode: p.provinceCode,
      districtCode: p.districtCode,
      token,
      kid,
    });
    for (const old of live) {
      await repo.updateCertificate(tx, old.id, null, { supersededOn: issuedOn, supersededById: row.id });
      await audit(tx, who, 'certificate.supersede', SUBJECT, old.id, { status: { from: 'valid', to: 'superseded' }, supersededBy: row.number }, stars > old.stars ? 'upgrade' : 're-recognition');
    }
    await insertStarRecord(tx, {
      productId,
      stars,
      year,
      recognisedOn: issuedOn,
      level: round.level,
      unitStructure: round.unitStructure,
      unitCode: round.unitCode,
      decision: input.decisionNumber,
    });
    await refreshCurrentStars(tx, productId);
    await audit(tx, who, 'certificate.issue', SUBJECT, row.id, { number, productId, stars, issuedOn, validUntil: lastDay, decisionNumber: input.decisionNumber });
    await audit(tx, who, 'stars.recognise', 'product', productId, { stars: { from: p.stars, to: stars } }, `${input.decisionNumber} (${number})`);
    issued.push(row);
  }
  return issued;
}

// ---------------------------------------------------------------- reading

export type CertificateListParams = QueryOf<typeof certificates.list>;

export async function listCertificates(db: Db, actor: Actor, params: CertificateListParams) {
  const today = clock.today();
  const scope = scopeOf(actor, 'read', 'certificate');
  const { rows, total } = await repo.listCertificates(db, { ...params, scope, today, expiringUntil: addDays(today, expiringSoonDays()) });
  return { items: rows.map((r) => presentCertificate(r.certificate, today, actor, r.unitName)), total, expiringSoonDays: expiringSoonDays() };
}

async function loadVisible(db: Executor, actor: Actor, id: string, action: 'read' | 'revoke' | 'audit' = 'read', lock = false) {
  const view = await repo.getCertificate(db, id, { forUpdate: lock });
  if (!view) throw new NotFoundError('certificate');
  authorize(actor, action, 'certificate', locatedOf(view.certificate));
  return view;
}

export async function getCertificate(db: Db, actor: Actor, id: string): Promise<Certificate> {
  const view = await loadVisible(db, actor, id);
  return presentCertificate(view.certificate, clock.today(), actor, view.unitName);
}

export async function certificateTimeline(db: Db, actor: Actor, id: string) {
  await loadVisible(db, actor, id, 'audit');
  return timeline(db, SUBJECT, id);
}

// ---------------------------------------------------------------- revoking

export async function revokeCertificate(
  db: Db,
  actor: Actor,
  who: AuditActor,
  id: string,
  input: RevokeInput,
): Promise<Certificate> {
  await db.transaction(async (tx) => revokeCertificateIn(tx, actor, who, id, input));
  // The next scan of its QR code or of a stamp of the product reads the revocation.
  invalidateVerification();
  return getCertificate(db, actor, id);
}

export interface RevokeInput {
  reason: string;
  version: number;
  revokedOn?: string;
}

/**
 * Revokes a certificate inside the caller's transaction (an inspection whose outcome is
 * "revoke" does it with its own record). The caller calls `invalidateVerification()` once it
 * has committed. `fieldPrefix` names the fields of its own body in the problems.
 */
export async function revokeCertificateIn(tx: Executor, actor: Actor, who: AuditActor, id: string, input: RevokeInput, fieldPrefix = ''): Promise<void> {
  const today = clock.today();
  const view = await loadVisible(tx, actor, id, 'revoke', true);
  const cert = view.certificate;
  const revokedOn = input.revokedOn ?? today;
  if (revokedOn < cert.issuedOn) throw new ValidationError([{ path: `${fieldPrefix}revokedOn`, code: 'errors.certificate.revokedBeforeIssue', params: { date: cert.issuedOn } }]);
  if (revokedOn > today) throw new ValidationError([{ path: `${fieldPrefix}revokedOn`, code: 'errors.certificate.revokedInFuture' }]);
  const status = certificateStatus(cert, today, expiringSoonDays());
  if (status === 'revoked' || status === 'superseded') throw new ConflictError('errors.certificate.notRevocable', { status });
  if (cert.version !== input.version) throw new ConflictError('errors.conflict.stale', { current: cert.version, sent: input.version });
  const row = await repo.updateCertificate(tx, id, input.version, { revokedOn, revokedReason: input.reason, revokedBy: actor.id });
  if (!row) throw new ConflictError('errors.conflict.stale', { current: cert.version, sent: input.version });
  await audit(tx, who, 'certificate.revoke', SUBJECT, id, { status: { from: status, to: 'revoked' }, revokedOn }, input.reason);
  await withdrawFromCatalogueIfNoneLeft(tx, who, cert.productId, id, revokedOn);
}

/** After a revocation: the product leaves the public catalogue unless another certificate is in force. */
export async function withdrawFromCatalogueIfNoneLeft(tx: Executor, who: AuditActor, productId: string, revokedId: string, day: string): Promise<boolean> {
  const others = await repo.liveCertificatesOfProduct(tx, productId, day, revokedId);
  if (others.length > 0) return false;
  await repo.clearProductStars(tx, productId);
  await audit(tx, who, 'stars.withdraw', 'product', productId, { stars: { from: 'certified', to: null } }, 'certificate revoked');
  return true;
}

// ---------------------------------------------------------------- reminders

/**
 * Raises the expiry reminders now due in the actor's jurisdiction — 180, 90 and 30 days before
 * the last valid day (domain/certificates/reminders.ts) — once per certificate and threshold,
 * audited. Meant for a daily job or an officer's button; returns the new ones.
 */
export async function runReminders(db: Db, actor: Actor, who: AuditActor) {
  if (!mayAnywhere(actor, 'remind', 'certificate')) throw new ForbiddenError();
  return { items: await raiseReminders(db, scopeOf(actor, 'remind', 'certificate'), who) };
}

/** The daily job: every due reminder in the country, raised by the platform itself. */
export async function runScheduledReminders(db: Db) {
  return raiseReminders(db, { kind: 'all' }, { id: null, name: 'OCOP' });
}

/**
 * Raises the expiry reminders now due in a scope (once per certificate and threshold) and
 * tells, in the app, the producers of the entity and the provincial office.
 */
async function raiseReminders(db: Db, scope: Scope, who: AuditActor): Promise<Reminder[]> {
  const today = clock.today();
  const thresholds = reminderThresholds();
  // every live certificate whose last day is within the largest threshold
  const { rows } = await repo.listCertificates(db, { scope, today, expiringUntil: addDays(today, reminderHorizon(thresholds)), status: 'expiring', page: 1, pageSize: 10_000 });
  const raised: Reminder[] = [];
  await db.transaction(async (tx) => {
    for (const { certificate: c } of rows) {
      const already = (await repo.remindersOf(tx, c.id)).map((r) => r.kind);
      const due = dueReminder(c.validUntil, today, thresholds, already);
      if (!due) continue;
      // the unique (certificate, kind) key keeps a concurrent run from raising it twice
      if (await repo.insertReminder(tx, c.id, due.kind, due.dueOn)) {
        await audit(tx, who, 'certificate.reminder', SUBJECT, c.id, { kind: due.kind, validUntil: c.validUntil, daysLeft: due.daysLeft });
        const userIds = await recipients(tx, { producerEntityId: c.entityId, officerRoles: ['province'], location: c, excludeUserId: null });
        await insertNotifications(tx, userIds.map((userId) => ({
          userId, itemType: 'certificate', itemId: c.id, title: `${c.productName} (${c.number})`, action: 'certificate.reminder', toStatus: due.kind, actorName: who.name, note: c.validUntil, createdAt: clock.now(),
        })));
        raised.push({ certificateId: c.id, number: c.number, productName: c.productName, kind: due.kind, validUntil: c.validUntil, daysLeft: due.daysLeft });
      }
    }
  });
  return raised;
}

// ---------------------------------------------------------------- documents

function lowerFirst(s: string): string {
  return s ? s[0].toLocaleLowerCase('vi') + s.slice(1) : s;
}

export async function certificateQrSvg(db: Db, actor: Actor, id: string, origin: string): Promise<string> {
  const view = await loadVisible(db, actor, id);
  return QRCode.toString(verifyUrl(origin, view.certificate.token), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

export async function certificatePdf(db: Db, actor: Actor, id: string, origin: string): Promise<{ pdf: Buffer; number: string }> {
  const view = await loadVisible(db, actor, id);
  const cert = view.certificate;
  const status = certificateStatus(cert, clock.today(), expiringSoonDays());
  const pdf = await renderCertificatePdf({
    number: cert.number,
    issuer: cert.issuerName,
    level: cert.level,
    unitName: [view.unitName, view.provinceName && view.provinceName !== view.unitName ? lowerFirst(view.provinceName) : null].filter(Boolean).join(', ') || null,
    decisionNumber: cert.decisionNumber,
    decisionDate: cert.decisionDate,
    issuedOn: cert.issuedOn,
    validUntil: cert.validUntil,
    productName: cert.productName,
    entityName: cert.entityName,
    stars: cert.stars,
    verifyUrl: verifyUrl(origin, cert.token),
    status,
  });
  return { pdf, number: cert.number };
}
