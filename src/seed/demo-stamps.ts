import type { Executor } from '../db/client';
import * as certs from '../db/repositories/certificates.repository';
import * as stampsRepo from '../db/repositories/stamps.repository';
import { ALL } from '../domain/policy';
import { addDays } from '../domain/dates';
import { certificateNumber, validUntil } from '../domain/certificates';
import { today as clockToday } from '../services/clock';
import { audit } from '../services/audit.service';
import { signCertificateToken } from '../services/verification.service';
import { insertStampsOfBatch } from '../services/stamps/stamps.service';
import { DEMO_REVOKED_PRODUCT } from './demo-evaluation';

const SEED = { id: null, name: 'Dữ liệu mẫu (demo)' };

/**
 * Demo OCOP stamps for Quảng Ninh products, one batch per situation a shopper meets:
 * - Khatisa mineral water (certificate in force; the product has a GTIN, so its QR codes are
 *   GS1 Digital Links), one of whose stamps was scanned in three provinces (flagged as copied);
 * - fresh eggs (in force) and Fresh lemon-salt mineral water (in force, expiring soon);
 * - the cured chicken of Cẩm Phú, stamped before its certificate was revoked: "đã bị thu hồi";
 * - Tuấn Anh rice crackers: recognised in 2018, certificate expired in 2021, stamps of a 2021 lot
 *   still on the shelves: "hết hiệu lực" (the story of issue 13).
 */
export async function seedDemoStamps(tx: Executor, ctx: { productIds: Map<string, string>; today?: string }) {
  const today = ctx.today ?? clockToday();
  const product = (key: string) => {
    const id = ctx.productIds.get(key);
    if (!id) throw new Error(`demo stamps: unknown product ${key}`);
    return id;
  };
  const certificatesOf = async (productId: string) =>
    (await certs.listCertificates(tx, { scope: ALL, today, expiringUntil: today, productId, page: 1, pageSize: 20 })).rows.map((r) => r.certificate);

  // The rice crackers' 2018 certificate (before the platform): long expired.
  const issuedOn = '2018-11-20';
  const [{ product: p, entityName }] = await stampsRepo.productsForDemo(tx, [product('qn-banh-da-tuan-anh')]);
  const number = certificateNumber('22', 2018, await certs.nextCertificateSequence(tx, '22', 2018));
  const issuer = 'Ủy ban nhân dân tỉnh Quảng Ninh';
  const { token, kid } = await signCertificateToken(tx, { n: number, p: p.name, e: entityName, s: 3, f: issuedOn, u: validUntil(issuedOn), i: issuer });
  const expired = await certs.insertCertificate(tx, {
    number, productId: p.id, entityId: p.entityId, roundId: null, stars: 3, level: 'province', issuerName: issuer,
    decisionNumber: '2987/QĐ-UBND', decisionDate: issuedOn, issuedOn, validUntil: validUntil(issuedOn),
    productName: p.name, entityName, unitStructure: p.unitStructure, unitCode: p.unitCode, provinceCode: p.provinceCode, districtCode: p.districtCode, token, kid,
  });
  await audit(tx, SEED, 'certificate.issue', 'certificate', expired.id, { number, productId: p.id, stars: 3, issuedOn, validUntil: expired.validUntil }, 'demo');

  const revokedProduct = (await certs.listCertificates(tx, { scope: ALL, today, expiringUntil: today, q: DEMO_REVOKED_PRODUCT, page: 1, pageSize: 1 })).rows[0]?.certificate;
  const inForce = async (key: string) => {
    const list = await certificatesOf(product(key));
    const c = list.find((x) => !x.revokedOn && !x.supersededOn && x.validUntil >= today);
    if (!c) throw new Error(`demo stamps: no certificate in force for ${key}`);
    return c;
  };

  const plans: Array<{ certificate: certs.CertificateRow; lot: string; producedOn: string; bestBefore: string | null; count: number }> = [
    { certificate: await inForce('qn-nuoc-khoang-khatisa'), lot: `KT${today.slice(2, 4)}${today.slice(5, 7)}-01`, producedOn: addDays(today, -20), bestBefore: addDays(today, 710), count: 28 },
    { certificate: await inForce('qn-trung-ga-tuoi'), lot: `TG-${today.slice(5, 7)}${today.slice(8, 10)}`, producedOn: addDays(today, -3), bestBefore: addDays(today, 25), count: 12 },
    { certificate: await inForce('qn-nuoc-khoang-chanh-muoi-fresh'), lot: 'FR-2610-02', producedOn: addDays(today, -40), bestBefore: addDays(today, 320), count: 12 },
    { certificate: expired, lot: 'BD-2106', producedOn: '2021-06-15', bestBefore: '2021-09-15', count: 12 },
  ];
  if (revokedProduct) {
    // Stamped while in force, a few days before the revocation.
    const before = revokedProduct.revokedOn ? addDays(revokedProduct.revokedOn, -10) : addDays(today, -30);
    plans.push({ certificate: revokedProduct, lot: 'GUM-01', producedOn: before >= revokedProduct.issuedOn ? before : revokedProduct.issuedOn, bestBefore: null, count: 12 });
  }

  for (const plan of plans) {
    const c = plan.certificate;
    const batch = await stampsRepo.insertBatch(tx, {
      productId: c.productId, entityId: c.entityId, certificateId: c.id, lot: plan.lot, producedOn: plan.producedOn, bestBefore: plan.bestBefore, count: plan.count,
      unitStructure: c.unitStructure, unitCode: c.unitCode, provinceCode: c.provinceCode, districtCode: c.districtCode, createdBy: null,
    });
    if (!batch) continue;
    await insertStampsOfBatch(tx, batch, c.number);
    await audit(tx, SEED, 'stamps.issue', 'stamp_batch', batch.id, { productId: c.productId, lot: plan.lot, count: plan.count, certificate: c.number }, 'demo');
    if (plan.lot.startsWith('KT')) {
      // One Khatisa stamp whose photo went round: scanned in Quảng Ninh, Hà Nội and Thành phố Hồ Chí Minh.
      const [first] = await stampsRepo.stampsOfBatch(tx, batch.id);
      const at = new Date();
      await stampsRepo.addScans(tx, ['22', '01', '79'].map((p, i) => ({ stampId: first.id, region: `p:${p}`, scans: 3 - i, firstAt: at, lastAt: at })));
    }
  }
  return { batches: plans.length };
}
