import { isScoringSeat, type UnitStructure } from '../domain/policy';
import type { Executor } from '../db/client';
import * as rounds from '../db/repositories/rounds.repository';
import * as certs from '../db/repositories/certificates.repository';
import { insertProduct } from '../db/repositories/products.repository';
import { insertUser } from '../db/repositories/users.repository';
import { addDays } from '../domain/dates';
import { today as clockToday } from '../services/clock';
import type { CriteriaSet, Criterion } from '../domain/criteria/types';
import { answersForTotal, minTotalFor, scoreSheet, type StarClass } from '../domain/ranking';
import { requiredItems, checklistFor } from '../domain/cycle/dossier-checklist';
import { searchKey, vietnameseSortKey } from '../domain/text/normalize';
import { audit, diff } from '../services/audit.service';
import { ensureOfficialCriteriaSets, entrySheet } from '../services/criteria-sets.service';
import { productSetOf, sheetCodeFor } from '../domain/criteria';
import { computeResults, defaultIssuer } from '../services/evaluation-rounds.service';
import { issueCertificates, withdrawFromCatalogueIfNoneLeft } from '../services/certificates.service';
import { criteriaSetFor } from '../services/criteria-sets.service';
import { PRODUCT_AUDIT_FIELDS } from '../services/products.service';
import { resolveBinding } from '../services/users.service';
import { allDemoHistoryRounds, allDemoProducts, type DemoHistoryRound } from './demo-data';

/**
 * Demo of evaluation and ranking (SPEC §7, issue 4):
 * - the history rounds of the demo data (`allDemoHistoryRounds`: Quảng Ninh's 2019 round under
 *   1048/2019), each product scored by five members on its product set's sheet with totals in
 *   the band of the class the data records, approved with the round's decision;
 * - a Quảng Ninh round of January 2024 (fixed dates, `HISTORY_ROUND`) whose certificate for
 *   "Nước khoáng chanh muối Fresh" runs to 29/01/2027, and whose Khatisa certificate was superseded;
 * and, dated relative to the day the demo is loaded (the clock: `OCOP_TODAY` or today):
 * - a closed and approved provincial round (two months ago) with five members' sheets: Khatisa
 *   re-recognised 4★ (with a flagged disagreement), the fresh eggs 3★, the sparkling PET water
 *   scoring 90+ and proposed to the centre, and a new cured-chicken product recognised 3★ whose
 *   certificate was later revoked (the product left the public catalogue);
 * - an open round chaired by `council.qn` in which the four other members have scored and
 *   `council.qn` still has products to score (one member declared a conflict of interest).
 */

const SEED = { id: null, name: 'Dữ liệu mẫu (demo)' };

/** Four more council members (password: the demo password), with `council.qn` making five. */
export const DEMO_COUNCIL_MEMBERS = [
  { username: 'council.qn2', displayName: 'TS. Nguyễn Thị Hồng Vân (Sở Khoa học và Công nghệ)' },
  { username: 'council.qn3', displayName: 'ThS. Trần Văn Hải (Sở Công Thương)' },
  { username: 'council.qn4', displayName: 'BSCKI. Phạm Thu Hà (Sở Y tế)' },
  { username: 'council.qn5', displayName: 'Vũ Đức Minh (Sở Nông nghiệp và Môi trường)' },
] as const;

/** The product this demo adds (its certificate is the revoked one). */
export const DEMO_REVOKED_PRODUCT = 'Gà đồi ủ muối hoa tiêu Cẩm Phú';

export interface DemoEvaluationContext {
  productIds: ReadonlyMap<string, string>;
  entities: ReadonlyMap<string, { id: string; name: string; location: { unitStructure: UnitStructure; unitCode: string; provinceCode: string; districtCode: string | null } }>;
  /** username → user id of the demo accounts */
  users: ReadonlyMap<string, string>;
  passwordHash: string;
  today?: string;
}

/** Deterministic pseudo-random number in [0, 1) from integers. */
function noise(...xs: number[]): number {
  let h = 2166136261;
  for (const x of xs) h = Math.imul(h ^ x, 16777619) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 2246822519) >>> 0;
  return (h % 10_000) / 10_000;
}

function allowedOptions(c: Criterion) {
  const banned = new Set(c.disqualifying?.optionCodes ?? []);
  return c.options.filter((o) => !banned.has(o.code)).sort((a, b) => a.points - b.points);
}

/** A complete sheet totalling close to `target` (never a disqualifying answer). */
export function demoAnswers(set: CriteriaSet, target: number, seed: number): Record<string, string> {
  const chosen = new Map<string, number>(); // criterion → index in allowedOptions
  set.criteria.forEach((c, i) => {
    const opts = allowedOptions(c);
    const fraction = Math.min(1, Math.max(0, target / 100 + (noise(seed, i) - 0.5) * 0.3));
    let best = 0;
    opts.forEach((o, j) => {
      if (Math.abs(o.points / c.maxPoints - fraction) < Math.abs(opts[best].points / c.maxPoints - fraction)) best = j;
    });
    chosen.set(c.code, best);
  });
  const total = () => set.criteria.reduce((s, c) => s + allowedOptions(c)[chosen.get(c.code)!].points, 0);
  for (let step = 0; step < 200 && Math.abs(total() - target) > 1; step++) {
    const up = total() < target;
    const order = [...set.criteria].sort((a, b) => noise(seed, step, a.code.length, set.criteria.indexOf(a)) - noise(seed, step, b.code.length, set.criteria.indexOf(b)));
    const c = order.find((x) => {
      const j = chosen.get(x.code)!;
      return up ? j < allowedOptions(x).length - 1 : j > 0;
    });
    if (!c) break;
    chosen.set(c.code, chosen.get(c.code)! + (up ? 1 : -1));
  }
  return Object.fromEntries(set.criteria.map((c) => [c.code, allowedOptions(c)[chosen.get(c.code)!].code]));
}

/** The same sheet with three criteria moved one option up or down, never by more than half their maximum. */
function nudge(set: CriteriaSet, answers: Record<string, string>, seed: number, productSeed: number): Record<string, string> {
  const out = { ...answers };
  let moved = 0;
  for (let k = 0; k < 40 && moved < 3; k++) {
    const index = Math.floor(noise(seed, k) * set.criteria.length);
    const c = set.criteria[index];
    const opts = allowedOptions(c);
    const j = opts.findIndex((o) => o.code === answers[c.code]);
    // Every member leans the same way on a criterion, so two members differ by one option at most.
    const to = opts[j + (noise(productSeed, index) < 0.5 ? -1 : 1)];
    if (!to || Math.abs(to.points - opts[j].points) > c.maxPoints / 2) continue;
    out[c.code] = to.code;
    moved++;
  }
  return out;
}

function lowest(set: CriteriaSet, code: string): string {
  return allowedOptions(set.criteria.find((c) => c.code === code)!)[0].code;
}
function highest(set: CriteriaSet, code: string): string {
  return allowedOptions(set.criteria.find((c) => c.code === code)!).at(-1)!.code;
}

/** The same calendar day `years` earlier (29 February becomes 28 February). */
/**
 * The demo's history is dated as it happened and does not move with the calendar; only the
 * current cycle (rounds 2 and 3, the revocation) is dated relative to today.
 */
export const HISTORY_ROUND = {
  name: 'Đánh giá, phân hạng sản phẩm OCOP tỉnh Quảng Ninh năm 2024 – đợt 1',
  date: '2024-01-10',
  decisionDate: '2024-01-30',
} as const;

interface DemoProductPlan {
  productId: string;
  /** Mean target of the members' totals. */
  target: number;
  /**
   * The class the council lands on: each member's sheet then adds up exactly to the target
   * moved by its offset (0, −1, +1, −2, +2: five members average the target), meets that
   * class's per-star minimums and triggers no knock-out (`answersForTotal`).
   */
  exactStars?: StarClass;
  /** Per-member overrides: member index → {criterion: 'low' | 'high'}. */
  overrides?: Record<number, Record<string, 'low' | 'high'>>;
  dossier?: 'complete' | 'unchecked';
  /** Members (by index) that declared a conflict of interest. */
  conflicts?: number[];
  /** Members (by index) who have not scored yet. */
  notScoredBy?: number[];
}

interface DemoRoundPlan {
  name: string;
  date: string;
  members: Array<{ userId: string; role: 'chair' | 'member' | 'advisor' }>;
  products: DemoProductPlan[];
  seed: number;
}

async function createDemoRound(tx: Executor, plan: DemoRoundPlan, createdBy: string | null) {
  const rule = await criteriaSetFor(tx, plan.date, '1');
  if (!rule) throw new Error(`demo round ${plan.name}: no criteria set on ${plan.date}`);
  const round = await rounds.insertRound(tx, {
    name: plan.name,
    level: 'province',
    unitStructure: 'current',
    unitCode: '22',
    provinceCode: '22',
    districtCode: null,
    date: plan.date,
    ruleVersion: rule.set.ruleVersion,
    status: 'open',
    createdBy,
  });
  await rounds.insertMembers(tx, round.id, plan.members);
  await audit(tx, SEED, 'round.create', 'evaluation_round', round.id, { name: plan.name, level: 'province', unitCode: '22', date: plan.date, ruleVersion: round.ruleVersion }, 'demo');
  const checklist = checklistFor(plan.date);
  const scoring = plan.members.filter((m) => isScoringSeat(m.role));

  for (const [i, p] of plan.products.entries()) {
    const chosen = await criteriaSetForProduct(tx, p.productId, plan.date);
    const present = requiredItems(checklist, { entryPath: 'existing-product', groupCode: chosen.groupCode }).map((item) => item.code);
    await rounds.insertRoundProducts(tx, [{
      roundId: round.id,
      productId: p.productId,
      criteriaSetId: chosen.id,
      sheetCode: chosen.sheetCode,
      position: i + 1,
      dossierStatus: p.dossier ?? 'complete',
      dossierPresent: p.dossier === 'unchecked' ? null : present,
      dossierMissing: p.dossier === 'unchecked' ? null : [],
      checkedAt: p.dossier === 'unchecked' ? null : new Date(`${plan.date}T02:00:00Z`),
      checkedBy: p.dossier === 'unchecked' ? null : createdBy,
    }]);
    const set = await entrySheet(tx, { criteriaSetId: chosen.id, sheetCode: chosen.sheetCode });
    for (const m of p.conflicts ?? []) {
      await rounds.insertConflict(tx, { roundId: round.id, productId: p.productId, userId: scoring[m].userId, reason: 'Có quan hệ tư vấn kỹ thuật với chủ thể sản xuất sản phẩm trong 12 tháng qua.' });
    }
    // Members broadly agree: one shared assessment, each member moving a few criteria by one option.
    const base = p.exactStars ? answersForTotal(set, p.target, { stars: p.exactStars, seed: plan.seed * 100 + i }) : demoAnswers(set, p.target, plan.seed * 100 + i);
    // Under a two-level procedure the commune pre-assessed the products whose dossier was checked.
    const communeRule = set.recognition.levels.find((l) => l.preAssessedCriteria?.length);
    if (communeRule && p.dossier !== 'unchecked') {
      const answers = Object.fromEntries((communeRule.preAssessedCriteria ?? []).flatMap((c) => (base[c] ? [[c, base[c]]] : [])));
      const pre = scoreSheet(set, answers);
      await rounds.updateRoundProduct(tx, round.id, p.productId, {
        preAssessment: {
          level: communeRule.level, answers, points: pre.points, disqualified: pre.disqualified.map((d) => d.criterionCode), proposed: true,
          note: 'Xã đề xuất đưa sản phẩm vào đánh giá cấp tỉnh.', by: 'UBND xã (dữ liệu minh họa)', at: `${plan.date}T01:00:00.000Z`,
        },
      });
    }
    for (const [m, member] of scoring.entries()) {
      if (p.notScoredBy?.includes(m) || p.conflicts?.includes(m)) continue;
      const answers = p.exactStars
        ? answersForTotal(set, p.target + MEMBER_OFFSETS[m % MEMBER_OFFSETS.length], { stars: p.exactStars, near: base })
        : nudge(set, base, plan.seed * 1000 + i * 10 + m, plan.seed * 100 + i);
      for (const [code, level] of Object.entries(p.overrides?.[m] ?? {})) answers[code] = level === 'low' ? lowest(set, code) : highest(set, code);
      const scored = scoreSheet(set, answers);
      const sheet = await rounds.insertSheet(tx, { roundId: round.id, productId: p.productId, memberId: member.userId, criteriaSetId: chosen.id, answers, total: scored.total, parts: scored.parts, complete: scored.complete });
      await audit(tx, { id: member.userId, name: 'demo' }, 'sheet.create', 'score_sheet', sheet.id, { roundId: round.id, productId: p.productId, total: scored.total, complete: true }, 'demo');
    }
  }
  return round;
}

/** How far each member's total lies from the product's target: five members average it exactly. */
const MEMBER_OFFSETS = [0, -1, 1, -2, 2] as const;

/**
 * The products a history round recognised (the demo data's star records naming it), each with
 * a total inside its class's band: from 4 above the band's floor to 4 below the next class, so
 * that every member's total (±2) stays in the band too.
 */
export function historyRoundPlan(round: DemoHistoryRound): Array<{ key: string; stars: StarClass; target: number }> {
  const recognised = allDemoProducts.flatMap((p) => p.stars.filter((s) => s.round === round.key).map((s) => ({ key: p.key, stars: s.stars as StarClass })));
  return recognised.map((r, i) => {
    const floor = minTotalFor(r.stars);
    const width = r.stars === 5 ? 10 : 20;
    return { ...r, target: floor + 4 + Math.floor(noise(round.seed, i) * (width - 7)) };
  });
}

async function seedHistoryRound(tx: Executor, round: DemoHistoryRound, ctx: { productId: (key: string) => string; members: Array<{ userId: string; role: 'chair' | 'member' }>; office: string }) {
  const plan = historyRoundPlan(round);
  const created = await createDemoRound(tx, {
    name: round.name,
    date: round.date,
    members: ctx.members,
    products: plan.map((p) => ({ productId: ctx.productId(p.key), target: p.target, exactStars: p.stars })),
    seed: round.seed,
  }, ctx.office);
  const chair = ctx.members.find((m) => m.role === 'chair')!.userId;
  const { results } = await closeAndApprove(tx, created.id, chair, ctx.office, round.decisionNumber, round.decisionDate);
  for (const p of plan) {
    const r = results.find((x) => x.productId === ctx.productId(p.key));
    if (!r || r.outcome.action !== 'recognise' || r.stars !== p.stars) throw new Error(`demo history round ${round.key}: ${p.key} came out ${r?.outcome.action} ${r?.stars}★ (${r?.meanTotal}), not ${p.stars}★`);
  }
  return created;
}

async function criteriaSetForProduct(tx: Executor, productId: string, date: string) {
  const [p] = await rounds.findProductsForRound(tx, [productId]);
  const chosen = await criteriaSetFor(tx, date, p.product.groupCode);
  if (!chosen) throw new Error(`demo: no criteria set for ${p.product.name}`);
  // Versions with one sheet per product set (1048/2019) score each product on its set's sheet.
  const sheetCode = sheetCodeFor(chosen.set, productSetOf(p.product));
  if (sheetCode === undefined) throw new Error(`demo: no sheet for ${p.product.name} in ${chosen.set.code}`);
  return { id: chosen.id, groupCode: p.product.groupCode, sheetCode };
}

async function closeAndApprove(tx: Executor, roundId: string, closedBy: string, approvedBy: string | null, decisionNumber: string, decisionDate: string) {
  const view = (await rounds.getRound(tx, roundId))!;
  const members = await rounds.listMembers(tx, roundId);
  const results = await computeResults(tx, view.round, members);
  await rounds.updateRound(tx, roundId, null, { status: 'closed', closedAt: new Date(`${decisionDate}T01:00:00Z`), closedBy });
  await audit(tx, SEED, 'round.close', 'evaluation_round', roundId, { status: { from: 'open', to: 'closed' } }, 'demo');
  const issuer = defaultIssuer(view.round.level, view.unitName, decisionDate);
  const recognised = results.filter((r) => r.outcome.action === 'recognise').map((r) => ({ productId: r.productId, stars: (r.outcome as { stars: number }).stars }));
  const issued = await issueCertificates(tx, SEED, { round: view.round, issuer, decisionNumber, decisionDate, products: recognised });
  await rounds.updateRound(tx, roundId, null, { status: 'approved', decisionNumber, decisionDate, decisionIssuer: issuer, approvedAt: new Date(`${decisionDate}T03:00:00Z`), approvedBy });
  await audit(tx, SEED, 'round.approve', 'evaluation_round', roundId, { status: { from: 'closed', to: 'approved' }, decisionNumber, decisionDate, certificates: issued.map((c) => c.number) }, 'demo');
  return { results, issued };
}

export async function seedDemoEvaluation(tx: Executor, ctx: DemoEvaluationContext) {
  const today = ctx.today ?? clockToday();
  await ensureOfficialCriteriaSets(tx);
  const product = (key: string) => {
    const id = ctx.productIds.get(key);
    if (!id) throw new Error(`demo evaluation: unknown product ${key}`);
    return id;
  };
  const user = (username: string) => {
    const id = ctx.users.get(username);
    if (!id) throw new Error(`demo evaluation: unknown user ${username}`);
    return id;
  };

  // Council members (council.qn is one of the demo accounts).
  const councilIds = [user('council.qn')];
  for (const m of DEMO_COUNCIL_MEMBERS) {
    const binding = await resolveBinding(tx, { role: 'council', unitStructure: 'current', unitCode: '22', entityId: null });
    const row = await insertUser(tx, { username: m.username, displayName: m.displayName, passwordHash: ctx.passwordHash, role: 'council', ...binding });
    await audit(tx, SEED, 'create', 'user', row.id, { username: { from: null, to: m.username }, role: { from: null, to: 'council' } }, 'demo');
    councilIds.push(row.id);
  }
  const office = user('province.qn');

  // A product of the Cẩm Phú poultry cooperative (its certificate is revoked below).
  const coop = ctx.entities.get('qn-htx-ga-cam-phu');
  if (!coop) throw new Error('demo evaluation: unknown entity qn-htx-ga-cam-phu');
  const chicken = await insertProduct(tx, {
    entityId: coop.id,
    name: DEMO_REVOKED_PRODUCT,
    groupCode: '1',
    subgroupCode: '1.3',
    description: 'Gà đồi thả vườn của hợp tác xã, làm sạch, ủ muối hạt và hoa tiêu, hút chân không. (Sản phẩm minh họa.)',
    rawMaterialOrigin: 'Gà đồi do các hộ thành viên hợp tác xã nuôi tại Cẩm Phả',
    packaging: 'Túi hút chân không 1 con (1–1,3 kg)',
    priceVnd: 320000,
    priceUnit: 'con',
    ...coop.location,
    searchText: `${searchKey(DEMO_REVOKED_PRODUCT)} | ${searchKey(coop.name)}`,
    sortKey: vietnameseSortKey(DEMO_REVOKED_PRODUCT),
  });
  await audit(tx, SEED, 'create', 'product', chicken.id, diff(null, chicken, PRODUCT_AUDIT_FIELDS), 'demo');

  const council = (chair: number) =>
    councilIds.map((userId, i) => ({ userId, role: (i === chair ? 'chair' : 'member') as 'chair' | 'member' }));

  // 0. The demo data's history rounds (Quảng Ninh 2019, under 1048/2019): the certificates and
  // star records of those recognitions come from their approval.
  for (const round of allDemoHistoryRounds) {
    await seedHistoryRound(tx, round, { productId: product, members: council(4), office });
  }

  // 1. History, on fixed dates (under 148/2023): certificates valid until 29/01/2027, so
  // expiring soon around the turn of 2027 (Fresh), and superseded by round 2 (Khatisa).
  const oldIssued = HISTORY_ROUND.decisionDate;
  const oldRound = await createDemoRound(tx, {
    name: HISTORY_ROUND.name,
    date: HISTORY_ROUND.date,
    members: council(4),
    products: [
      { productId: product('qn-nuoc-khoang-chanh-muoi-fresh'), target: 76 },
      { productId: product('qn-nuoc-khoang-khatisa'), target: 74 },
      // 3★ class at a provincial round of 148/2023: for the district to recognise. Its producer
      // (producer.qn) reads the feedback: a few points short of 4★.
      { productId: product('qn-ruou-ba-kich'), target: 67 },
    ],
    seed: 11,
  }, office);
  await closeAndApprove(tx, oldRound.id, councilIds[4], office, '3612/QĐ-UBND', oldIssued);

  // 2. Two months ago: the approved round with five members' sheets.
  const recentDate = addDays(today, -70);
  const recentDecision = addDays(today, -55);
  const recent = await createDemoRound(tx, {
    name: `Đánh giá, phân hạng sản phẩm OCOP tỉnh Quảng Ninh năm ${recentDate.slice(0, 4)} – đợt 2`,
    date: recentDate,
    members: council(4),
    products: [
      // Members 0 and 3 disagree widely on promotion (B1.3): the result flags it.
      { productId: product('qn-nuoc-khoang-khatisa'), target: 81, overrides: { 0: { 'B1.3': 'low' }, 3: { 'B1.3': 'high' } } },
      { productId: product('qn-trung-ga-tuoi'), target: 63 },
      { productId: product('qn-nuoc-khoang-co-ga-pet'), target: 94 },
      { productId: chicken.id, target: 56 },
    ],
    seed: 29,
  }, office);
  const { results, issued } = await closeAndApprove(tx, recent.id, councilIds[4], office, '2875/QĐ-UBND', recentDecision);
  const expect = (id: string, action: string, stars: number) => {
    const r = results.find((x) => x.productId === id);
    if (!r || r.outcome.action !== action || r.stars !== stars) throw new Error(`demo round result drifted for ${r?.productName}: ${r?.outcome.action} ${r?.stars} (${r?.meanTotal})`);
  };
  expect(product('qn-nuoc-khoang-khatisa'), 'recognise', 4);
  expect(product('qn-trung-ga-tuoi'), 'recognise', 3);
  expect(product('qn-nuoc-khoang-co-ga-pet'), 'forward', 5);
  expect(chicken.id, 'recognise', 3);

  // The cured-chicken certificate is revoked three weeks ago.
  const revoked = issued.find((c) => c.productId === chicken.id)!;
  const revokedOn = addDays(today, -21);
  const reason = 'Kiểm tra định kỳ phát hiện cơ sở không duy trì điều kiện bảo đảm an toàn thực phẩm; chủ thể chưa khắc phục trong thời hạn yêu cầu.';
  await certs.updateCertificate(tx, revoked.id, null, { revokedOn, revokedReason: reason, revokedBy: office });
  await audit(tx, SEED, 'certificate.revoke', 'certificate', revoked.id, { status: { from: 'valid', to: 'revoked' }, revokedOn }, reason);
  await withdrawFromCatalogueIfNoneLeft(tx, SEED, chicken.id, revoked.id, revokedOn);

  // 3. Open round: council.qn chairs; the others have scored; a trade officer advises.
  const open = await createDemoRound(tx, {
    name: `Đánh giá, phân hạng sản phẩm OCOP tỉnh Quảng Ninh năm ${today.slice(0, 4)} – đợt 3`,
    date: addDays(today, -2),
    members: [...council(0), { userId: user('trade.qn'), role: 'advisor' }],
    products: [
      { productId: product('qn-dau-vung-hang-van-quy'), target: 66, notScoredBy: [0] },
      { productId: product('qn-banh-da-tuan-anh'), target: 61, notScoredBy: [0] },
      { productId: product('qn-tpbvsk-tra-vang-db'), target: 77, notScoredBy: [0], conflicts: [2], dossier: 'unchecked' },
    ],
    seed: 47,
  }, office);

  return { rounds: 3 + allDemoHistoryRounds.length, openRoundId: open.id, certificates: issued.length + 2 };
}
