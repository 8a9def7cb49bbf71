import type { Executor } from '../db/client';
import * as certs from '../db/repositories/certificates.repository';
import * as repo from '../db/repositories/inspections.repository';
import { ALL } from '../domain/policy';
import { addDays } from '../domain/dates';
import { inspectionChecklistFor, resultCounts, type ItemRecord } from '../domain/inspections';
import { today as clockToday } from '../services/clock';
import { audit } from '../services/audit.service';

const SEED = { id: null, name: 'Dữ liệu mẫu (demo)' };

/**
 * Demo post-recognition inspections (hậu kiểm) by the Quảng Ninh office:
 * - Khatisa mineral water: inspected three weeks ago, compliant;
 * - Fresh lemon-salt mineral water: inspected six weeks ago, label and traceability QR to fix
 *   within two weeks from today;
 * - fresh eggs of Cẩm Phú: planned for next week (to record).
 */
export async function seedDemoInspections(tx: Executor, ctx: { productIds: Map<string, string>; users: Map<string, string>; today?: string }) {
  const today = ctx.today ?? clockToday();
  const officer = ctx.users.get('province.qn') ?? null;
  const inForce = async (key: string) => {
    const productId = ctx.productIds.get(key);
    if (!productId) throw new Error(`demo inspections: unknown product ${key}`);
    const rows = (await certs.listCertificates(tx, { scope: ALL, today, expiringUntil: today, productId, page: 1, pageSize: 20 })).rows.map((r) => r.certificate);
    const c = rows.find((x) => !x.revokedOn && !x.supersededOn && x.validUntil >= today && x.issuedOn <= today);
    if (!c) throw new Error(`demo inspections: no certificate in force for ${key}`);
    return c;
  };
  const notBefore = (day: string, first: string) => (day < first ? first : day);

  const plans: Array<{ key: string; daysAgo: number; outcome: 'compliant' | 'fix_by' | null; fail?: Record<string, string>; findings?: string; fixBy?: string }> = [
    { key: 'qn-nuoc-khoang-khatisa', daysAgo: 21, outcome: 'compliant' },
    {
      key: 'qn-nuoc-khoang-chanh-muoi-fresh', daysAgo: 42, outcome: 'fix_by',
      fail: {
        label: 'Nhãn hàng hóa thiếu thông tin cảnh báo và hướng dẫn bảo quản theo Nghị định 111/2021/NĐ-CP.',
        traceability: 'Mã QR trên lô FR-2610-02 dẫn tới trang không còn hoạt động.',
      },
      findings: 'Cơ sở duy trì sản xuất, nguyên liệu và lao động địa phương như khi được công nhận; nhãn hàng hóa và mã QR truy xuất nguồn gốc phải khắc phục.',
      fixBy: addDays(today, 14),
    },
    { key: 'qn-trung-ga-tuoi', daysAgo: -7, outcome: null },
  ];

  let count = 0;
  for (const plan of plans) {
    const c = await inForce(plan.key);
    const day = notBefore(addDays(today, -plan.daysAgo), c.issuedOn);
    const checklist = inspectionChecklistFor(day);
    const results: ItemRecord[] = plan.outcome
      ? checklist.items.map((i) => (plan.fail?.[i.code] ? { code: i.code, result: 'fail', note: plan.fail[i.code] } : { code: i.code, result: 'pass', note: null }))
      : [];
    const row = await repo.insertInspection(tx, {
      certificateId: c.id, productId: c.productId, entityId: c.entityId,
      unitStructure: c.unitStructure, unitCode: c.unitCode, provinceCode: c.provinceCode, districtCode: c.districtCode,
      status: plan.outcome ? 'recorded' : 'planned', plannedOn: day, checklistCode: checklist.code,
      planNote: 'Hậu kiểm sản phẩm OCOP theo kế hoạch năm của tỉnh', inspectors: 'Văn phòng Điều phối nông thôn mới tỉnh Quảng Ninh',
      inspectedOn: plan.outcome ? day : null, results, findings: plan.findings ?? null, outcome: plan.outcome, fixBy: plan.fixBy ?? null,
      recordedBy: plan.outcome ? officer : null, recordedAt: plan.outcome ? new Date() : null, createdBy: officer,
    });
    await audit(tx, SEED, 'create', 'inspection', row.id, { plannedOn: { from: null, to: day }, checklistCode: { from: null, to: checklist.code } }, 'demo');
    await audit(tx, SEED, 'inspection.plan', 'product', c.productId, { inspectionId: row.id, certificate: c.number, plannedOn: day }, 'demo');
    if (plan.outcome) {
      const failed = resultCounts(results).fail;
      await audit(tx, SEED, 'inspection.record', 'inspection', row.id, { status: { from: 'planned', to: 'recorded' }, outcome: { from: null, to: plan.outcome }, failed }, plan.findings ?? null);
      await audit(tx, SEED, 'inspection.record', 'product', c.productId, { inspectionId: row.id, inspectedOn: day, outcome: plan.outcome, fixBy: plan.fixBy ?? null, failed }, plan.findings ?? null);
    }
    count++;
  }
  return { inspections: count };
}
