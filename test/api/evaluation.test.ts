import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { answersForTotal, criteriaSet, login, meetApprovalChecks, productIds, todayVn, userId, type CriteriaSetDef } from './evaluation.helpers';

/**
 * A provincial round through the stable API: creation, private sheets, conflicts of interest,
 * closing (means, class, disagreements), reopening, approval with certificates, producer
 * feedback and self-assessment.
 */
let t: TestContext;
let c: Record<string, string>;
const ids: Record<string, string> = {};
let set: CriteriaSetDef;
let roundId: string;

/** A sheet scored by hand against the 1489/2025 set (points of each chosen option written next to it). */
const HAND_SHEET: Record<string, string> = {
  'A1.1': 'd', // 3  ≥75% local raw materials
  'A1.2': 'b', // 2
  'A1.3': 'b', // 2
  'A1.4': 'b', // 1
  'A1.5': 'c', // 2
  'A1.6': 'a', // 0
  'A2.1': 'c', // 2
  'A2.2': 'c', // 3
  'A2.3': 'b', // 1
  'A3.1': 'c', // 3
  'A3.2': 'b', // 1
  'A3.3': 'd', // 3
  'A3.4': 'b', // 1
  'A3.5': 'c', // 2   → A = 26
  'B1.1': 'c', // 4
  'B1.2': 'c', // 3
  'B1.3': 'b', // 1
  'B2.1': 'c', // 2
  'B2.2': 'b', // 1
  'B2.3': 'c', // 2   → B = 13
  'C1.1': 'c', // 4
  'C1.2': 'b', // 2
  'C2.1': 'c', // 4
  'C2.2': 'd', // 3
  'C3.1': 'c', // 3
  'C3.2': 'b', // 1
  'C3.3': 'a', // 0
  'C3.4': 'b', // 1
  'C4.1': 'b', // 2   → C = 20
};
const HAND_TOTAL = 59;

const sheetUrl = (productId: string) => `/api/evaluation-rounds/${roundId}/sheets/${productId}`;
const put = (who: string, url: string, payload: object) => t.app.inject({ method: 'PUT', url, headers: { cookie: c[who] }, payload });
const post = (who: string, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: { cookie: c[who] }, payload });
const get = (who: string, url: string) => t.app.inject({ url, headers: { cookie: c[who] } });
const paths = (res: { json(): { errors?: Array<{ path: string }> } }) => (res.json().errors ?? []).map((e) => e.path);

beforeAll(async () => {
  t = await createTestApp();
  c = await login(t, ['admin', 'province.qn', 'province.qng', 'council.qn', 'council.qn2', 'council.qn3', 'trade.qn', 'producer.qn', 'commune.qn', 'central']);
  for (const u of ['council.qn', 'council.qn2', 'council.qn3', 'trade.qn', 'province.qng']) ids[u] = await userId(t, c[u]);
  [ids.P1, ids.P2] = await productIds(t, c['province.qn'], ['Rượu ba kích đặc sản Quảng Ninh', 'Mắm chắt Lục Gia']);
  set = await criteriaSet(t, '1489-2025');
});
afterAll(() => t.close());

function council(extra: Array<{ userId: string; role: string }> = []) {
  return [
    { userId: ids['council.qn'], role: 'chair' },
    { userId: ids['council.qn2'], role: 'member' },
    { userId: ids['council.qn3'], role: 'member' },
    { userId: ids['trade.qn'], role: 'advisor' },
    ...extra,
  ];
}

describe('creating a round', () => {
  it('creates a provincial round with its council and products under the rules of its date', async () => {
    const res = await post('province.qn', '/api/evaluation-rounds', { level: 'province', unitCode: '22', date: todayVn(), members: council(), productIds: [ids.P1, ids.P2] });
    expect(res.statusCode).toBe(201);
    const round = res.json();
    roundId = round.id;
    expect(round).toMatchObject({ level: 'province', unitCode: '22', status: 'open', ruleVersion: '1489-2025', unitName: 'Tỉnh Quảng Ninh' });
    expect(round.procedure.thisLevel).toMatchObject({ level: 'province', recognises: [3, 4], forwardAtOrAbove: 90 });
    expect(round.members.map((m: { role: string }) => m.role).sort()).toEqual(['advisor', 'chair', 'member', 'member']);
    expect(round.products.map((p: { productId: string; criteriaSetCode: string }) => [p.productId, p.criteriaSetCode])).toEqual([
      [ids.P1, '1489-2025'],
      [ids.P2, '1489-2025'],
    ]);
    expect(round.me).toMatchObject({ isOrganiser: true });
    expect(round.actions).toEqual(expect.arrayContaining(['update', 'close', 'checkDossiers']));
    expect(round.actions).not.toContain('approve');
    expect(round.actions).not.toContain('score');
  });

  it('refuses bad rounds and names the offending field', async () => {
    const base = { level: 'province', unitCode: '22', date: todayVn(), members: council(), productIds: [] as string[] };
    const twoChairs = await post('province.qn', '/api/evaluation-rounds', { ...base, members: [...council(), { userId: ids['council.qn2'], role: 'chair' }] });
    expect(twoChairs.statusCode).toBe(400);
    expect(paths(twoChairs)).toContain('members');
    const foreign = await post('province.qn', '/api/evaluation-rounds', { ...base, members: [...council(), { userId: ids['province.qng'], role: 'member' }] });
    expect(paths(foreign)).toEqual(['members.4.userId']);
    // The same member twice: the council's own message (not the one about duplicate score sheets).
    const twice = await post('province.qn', '/api/evaluation-rounds', { ...base, members: [...council(), council()[1]] });
    expect(twice.json().errors).toEqual([{ path: `members.${council().length}.userId`, code: 'errors.round.duplicateMember', message: 'Thành viên này đã có trong danh sách.' }]);
    const qngProduct = (await get('central', '/api/products?province=51&pageSize=1')).json().items[0].id;
    const outside = await post('province.qn', '/api/evaluation-rounds', { ...base, productIds: [qngProduct] });
    expect(outside.statusCode).toBe(400);
    expect(paths(outside)).toEqual(['productIds.0']);
    expect(paths(await post('province.qng', '/api/evaluation-rounds', base))).toEqual(['unitCode']);
    expect((await post('council.qn', '/api/evaluation-rounds', base)).statusCode).toBe(403);
    expect(paths(await post('province.qn', '/api/evaluation-rounds', { ...base, date: '2018-05-01' }))).toEqual(['date']);
    expect(paths(await post('province.qn', '/api/evaluation-rounds', { ...base, date: '2025-02-30' }))).toEqual(['date']);
    // 1489/2025: the commune pre-assesses only, and there are no districts any more.
    expect(paths(await post('province.qn', '/api/evaluation-rounds', { ...base, level: 'commune', unitCode: '06778' }))).toEqual(['level']);
    const district = await post('province.qn', '/api/evaluation-rounds', { ...base, level: 'district', unitCode: '195' });
    expect(paths(district)).toEqual(['level']);
    // Labels, not codes ("Cấp district … theo 1489-2025").
    expect(district.json().errors[0].message).toBe('Cấp huyện không tham gia quy trình đánh giá theo Quyết định 1489/QĐ-TTg.');
    // A product already in an unapproved round.
    const busy = await post('province.qn', '/api/evaluation-rounds', { ...base, productIds: [ids.P1] });
    expect(busy.statusCode).toBe(409);
    expect(busy.headers['content-type']).toContain('application/problem+json');
    expect(busy.json().detail).toContain('Rượu ba kích');
  });
});

describe('score sheets', () => {
  it('scores a fully specified sheet exactly as by hand', async () => {
    const res = await put('council.qn', sheetUrl(ids.P1), { answers: HAND_SHEET });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: HAND_TOTAL, parts: { A: 26, B: 13, C: 20 }, complete: true, missing: [], disqualified: [], version: 1 });
    const again = (await get('council.qn', sheetUrl(ids.P1))).json();
    expect(again).toMatchObject({ answers: HAND_SHEET, total: HAND_TOTAL, criteriaSetCode: '1489-2025', editable: true });
  });

  it('shows a running total while a sheet is incomplete and names unknown codes', async () => {
    const partial = await put('council.qn2', sheetUrl(ids.P1), { answers: { 'A1.1': 'e', 'B1.1': 'e', 'C1.1': null } });
    expect(partial.json()).toMatchObject({ total: 10, parts: { A: 4, B: 6, C: 0 }, complete: false });
    expect(partial.json().missing).toHaveLength(set.criteria.length - 2);
    const bad = await put('council.qn2', sheetUrl(ids.P1), { answers: { 'A1.1': 'z', 'Z9.9': 'a' } });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad).sort()).toEqual(['answers.A1.1', 'answers.Z9.9']);
    const stale = await put('council.qn2', sheetUrl(ids.P1), { answers: {}, version: 7 });
    expect(stale.statusCode).toBe(409);
  });

  it('keeps sheets private until the round closes', async () => {
    const own = (await get('council.qn2', sheetUrl(ids.P1))).json();
    expect(own.answers).toEqual({ 'A1.1': 'e', 'B1.1': 'e' });
    expect((await get('council.qn2', `/api/evaluation-rounds/${roundId}/sheets`)).statusCode).toBe(409);
    expect((await get('province.qn', `/api/evaluation-rounds/${roundId}/sheets`)).statusCode).toBe(409);
    const detail = await get('province.qn', `/api/evaluation-rounds/${roundId}`);
    const body = detail.body;
    expect(body).not.toContain(`"total":${HAND_TOTAL}`);
    const p1 = detail.json().products[0];
    expect(p1.result).toBeNull();
    expect(p1.progress).toMatchObject({ expected: 3, complete: 1, started: 2 });
    // The round's timeline tells who did what, never the scores.
    const audit = (await get('province.qn', `/api/evaluation-rounds/${roundId}/audit`)).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['round.create']);
  });

  it('lets advisers help but not score, and hides the round from everybody else', async () => {
    expect((await put('trade.qn', sheetUrl(ids.P1), { answers: HAND_SHEET })).statusCode).toBe(403);
    expect((await get('trade.qn', `/api/evaluation-rounds/${roundId}`)).statusCode).toBe(200);
    for (const outsider of ['province.qng', 'producer.qn', 'commune.qn']) {
      expect((await get(outsider, `/api/evaluation-rounds/${roundId}`)).statusCode).toBe(404);
      expect((await put(outsider, sheetUrl(ids.P1), { answers: HAND_SHEET })).statusCode).toBe(404);
    }
    expect((await t.app.inject({ method: 'PUT', url: sheetUrl(ids.P1), payload: { answers: {} } })).statusCode).toBe(401);
  });

  it('excludes a member who declares a conflict of interest from that product', async () => {
    expect((await put('council.qn3', sheetUrl(ids.P2), { answers: answersForTotal(set, 40) })).statusCode).toBe(200);
    const declared = await post('council.qn3', `/api/evaluation-rounds/${roundId}/products/${ids.P2}/conflict`, { reason: 'Họ hàng với chủ cơ sở sản xuất' });
    expect(declared.statusCode).toBe(200);
    expect(declared.json().products[1].iHaveConflict).toBe(true);
    const refused = await put('council.qn3', sheetUrl(ids.P2), { answers: answersForTotal(set, 80) });
    expect(refused.statusCode).toBe(409);
    expect((await get('council.qn3', sheetUrl(ids.P2))).json()).toMatchObject({ conflicted: true, editable: false });
    expect((await get('province.qn', `/api/evaluation-rounds/${roundId}`)).json().products[1].progress.expected).toBe(2);
  });
});

describe('closing, reopening and approving', () => {
  it('refuses to close while a sheet is unfinished, and lets only the chair or the office close', async () => {
    expect((await post('council.qn2', `/api/evaluation-rounds/${roundId}/close`)).statusCode).toBe(403);
    const early = await post('council.qn', `/api/evaluation-rounds/${roundId}/close`);
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('Rượu ba kích');
  });

  it('computes per-part and total means, the class and the disagreements on closing', async () => {
    // council.qn2 gives B1.3 6 points where the chair gave 1: a range of 5 > 6 / 2.
    expect((await put('council.qn2', sheetUrl(ids.P1), { answers: { ...HAND_SHEET, 'B1.3': 'e' } })).json().total).toBe(64);
    expect((await put('council.qn3', sheetUrl(ids.P1), { answers: HAND_SHEET })).json().total).toBe(59);
    expect((await put('council.qn', sheetUrl(ids.P2), { answers: answersForTotal(set, 72) })).json().total).toBe(72);
    expect((await put('council.qn2', sheetUrl(ids.P2), { answers: answersForTotal(set, 75) })).json().total).toBe(75);

    const res = await post('council.qn', `/api/evaluation-rounds/${roundId}/close`);
    expect(res.statusCode).toBe(200);
    const { results, status } = res.json();
    expect(status).toBe('closed');
    const [p1, p2] = results;
    expect(p1.meanTotal).toBeCloseTo((59 + 64 + 59) / 3, 10);
    expect(p1.meanTotalText).toBe('60.66');
    expect(p1.parts.A).toBe(26);
    expect(p1.parts.B).toBeCloseTo((13 + 18 + 13) / 3, 10);
    expect(p1.parts.C).toBe(20);
    expect(p1).toMatchObject({ stars: 3, disqualified: false, outcome: { action: 'recognise', stars: 3 } });
    expect(p1.disagreements).toEqual([expect.objectContaining({ criterionCode: 'B1.3', min: 1, max: 6, range: 5, maxPoints: 6 })]);
    expect(p2).toMatchObject({ meanTotal: 73.5, stars: 4, outcome: { action: 'recognise', stars: 4 }, excludedMemberIds: [ids['council.qn3']] });

    const again = await post('province.qn', `/api/evaluation-rounds/${roundId}/close`);
    expect(again.statusCode).toBe(200);
    expect(again.json().results).toEqual(results);
    expect((await put('council.qn', sheetUrl(ids.P1), { answers: HAND_SHEET })).statusCode).toBe(409);
  });

  it('discloses every sheet once closed, to the council and the office only', async () => {
    const sheets = (await get('council.qn2', `/api/evaluation-rounds/${roundId}/sheets`)).json().items;
    expect(sheets).toHaveLength(6);
    expect(sheets.filter((s: { productId: string }) => s.productId === ids.P1).map((s: { total: number }) => s.total).sort()).toEqual([59, 59, 64]);
    expect((await get('province.qng', `/api/evaluation-rounds/${roundId}/sheets`)).statusCode).toBe(404);
    // Results are not the producer's yet: they wait for the authority's decision.
    // (The producer still sees the demo's earlier approved round, not this one.)
    expect((await get('producer.qn', `/api/products/${ids.P1}/feedback`)).json().round?.id).not.toBe(roundId);
    expect((await get('province.qn', `/api/products/${ids.P1}/feedback`)).json().round.status).toBe('closed');
  });

  it('lets the chair reopen before approval', async () => {
    expect((await post('province.qn', `/api/evaluation-rounds/${roundId}/reopen`, { reason: 'x' })).statusCode).toBe(403);
    const reopened = await post('council.qn', `/api/evaluation-rounds/${roundId}/reopen`, { reason: 'Thành viên đề nghị xem lại tiêu chí B1.3' });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json().status).toBe('open');
    expect(reopened.json().products[0].result).toBeNull();
    expect((await post('council.qn', `/api/evaluation-rounds/${roundId}/approve`, { decisionNumber: '1/QĐ', decisionDate: todayVn() })).statusCode).toBe(403);
    expect((await post('province.qn', `/api/evaluation-rounds/${roundId}/approve`, { decisionNumber: '1/QĐ', decisionDate: todayVn() })).statusCode).toBe(409);
    // while open again, the office confirms the dossiers and records the commune pre-assessment (approval checks)
    await meetApprovalChecks(t, c['province.qn'], roundId);
    expect((await post('council.qn', `/api/evaluation-rounds/${roundId}/close`)).json().results[0].stars).toBe(3);
  });

  it('approves once: the decision issues the certificates, a repeat issues nothing more', async () => {
    expect((await post('council.qn', `/api/evaluation-rounds/${roundId}/approve`, { decisionNumber: '125/QĐ-UBND', decisionDate: todayVn() })).statusCode).toBe(403);
    expect(paths(await post('province.qn', `/api/evaluation-rounds/${roundId}/approve`, { decisionNumber: '125/QĐ-UBND', decisionDate: '2099-01-01' }))).toEqual(['decisionDate']);
    const body = { decisionNumber: '125/QĐ-UBND', decisionDate: todayVn() };
    const [first, second] = await Promise.all([
      post('province.qn', `/api/evaluation-rounds/${roundId}/approve`, body),
      post('province.qn', `/api/evaluation-rounds/${roundId}/approve`, body),
    ]);
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    const certs = first.json().certificates;
    expect(certs.map((x: { stars: number }) => x.stars)).toEqual([3, 4]);
    expect(second.json().certificates.map((x: { id: string }) => x.id)).toEqual(certs.map((x: { id: string }) => x.id));
    expect(first.json().issuer).toBe('Ủy ban nhân dân tỉnh Quảng Ninh');
    const year = todayVn().slice(0, 4);
    for (const cert of certs) {
      expect(cert.number).toMatch(new RegExp(`^OCOP-22-${year}-\\d{6}$`));
      expect(cert).toMatchObject({ status: 'valid', issuedOn: todayVn(), decisionNumber: '125/QĐ-UBND' });
      const [y, m, d] = todayVn().split('-').map(Number);
      const until = new Date(Date.UTC(y + 3, m - 1, d) - 86_400_000).toISOString().slice(0, 10);
      expect(cert.validUntil).toBe(until);
    }
    expect(new Set(certs.map((x: { number: string }) => x.number)).size).toBe(2);
    const other = await post('province.qn', `/api/evaluation-rounds/${roundId}/approve`, { decisionNumber: '999/QĐ-UBND', decisionDate: todayVn() });
    expect(other.statusCode).toBe(409);
    const listed = (await get('province.qn', `/api/certificates?roundId=${roundId}`)).json();
    expect(listed.total).toBe(2);
    // The class is now the product's current class, with the decision in its star history.
    const product = (await get('province.qn', `/api/products/${ids.P1}`)).json();
    expect(product.stars).toBe(3);
    expect(product.starHistory.at(-1)).toMatchObject({ stars: 3, year: Number(year), level: 'province', decision: '125/QĐ-UBND' });
    expect((await post('council.qn', `/api/evaluation-rounds/${roundId}/reopen`, { reason: 'x' })).statusCode).toBe(409);
  });

  it('audits every step', async () => {
    const actions = (await get('province.qn', `/api/evaluation-rounds/${roundId}/audit`)).json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual([
      'round.create', 'round.conflict', 'round.close', 'round.reopen',
      'round.dossier.check', 'round.pre-assessment', 'round.dossier.check', 'round.pre-assessment',
      'round.close', 'round.approve',
    ]);
    const certId = (await get('province.qn', `/api/certificates?roundId=${roundId}`)).json().items[0].id;
    expect((await get('province.qn', `/api/certificates/${certId}/audit`)).json().items[0].action).toBe('certificate.issue');
  });
});

describe('producer feedback and self-assessment', () => {
  it('shows the producer where points were lost and the cheapest way to the next class', async () => {
    const res = await get('producer.qn', `/api/products/${ids.P1}/feedback`);
    expect(res.statusCode).toBe(200);
    const { round, feedback, result } = res.json();
    expect(round).toMatchObject({ id: roundId, status: 'approved' });
    expect(result.stars).toBe(3);
    expect(feedback.total).toBeCloseTo(60.6667, 3);
    expect(feedback.target).toMatchObject({ stars: 4, threshold: 70, pointsNeeded: 9.33 });
    const lost = feedback.lostPoints.map((l: { lost: number }) => l.lost);
    expect(lost).toEqual([...lost].sort((a, b) => b - a));
    expect(feedback.lostPoints[0]).toMatchObject({ criterionCode: expect.any(String), name: { vi: expect.any(String), en: expect.any(String) } });
    expect(feedback.plan.gain).toBeGreaterThanOrEqual(9.33);
    expect(feedback.plan.upgrades.length).toBeGreaterThan(0);
    expect(feedback.plan.upgrades.every((u: { criterionCode: string }) => u.criterionCode !== 'C1.1')).toBe(true); // sensory: not improvable
    expect(feedback.reachable).toBe(true);
    expect((await get('producer.qn', `/api/products/${ids.P2}/feedback`)).statusCode).toBe(404);
  });

  it('predicts the class of a self-assessment before applying', async () => {
    const url = `/api/products/${ids.P1}/self-assessment`;
    const full = await post('producer.qn', url, { answers: HAND_SHEET });
    expect(full.statusCode).toBe(201);
    expect(full.json()).toMatchObject({ criteriaSetCode: '1489-2025', total: 59, predictedStars: 3, isLowerBound: false, eligibleForCertificate: true, disqualified: false });
    expect(full.json().feedback.target).toMatchObject({ stars: 4, pointsNeeded: 11 });
    const excluded = (await post('producer.qn', url, { answers: { ...HAND_SHEET, 'A1.1': 'a' } })).json();
    expect(excluded).toMatchObject({ disqualified: true, eligibleForCertificate: false });
    expect(excluded.feedback.mustFix.map((m: { criterionCode: string }) => m.criterionCode)).toEqual(['A1.1']);
    const partial = (await post('producer.qn', url, { answers: { 'A1.1': 'e' } })).json();
    expect(partial).toMatchObject({ isLowerBound: true, complete: false, total: 4, predictedStars: 1 });
    expect((await get('producer.qn', url)).json().item.total).toBe(4);
    expect(paths(await post('producer.qn', url, { answers: {}, criteriaSetCode: 'nope' }))).toEqual(['criteriaSetCode']);
    expect((await post('producer.qn', `/api/products/${ids.P2}/self-assessment`, { answers: {} })).statusCode).toBe(404);
  });
});

describe('products from ready dossiers', () => {
  it('takes a product with its complete dossier, moves the dossier into the round and records the result on it', async () => {
    const ready = (await get('province.qn', '/api/evaluation-rounds/ready-dossiers?level=province&unitCode=22')).json().items as Array<{ id: string; productId: string }>;
    if (ready.length === 0) return; // the cycle's demo has no complete dossier to use
    const dossier = ready[0];
    const members = [{ userId: ids['council.qn'], role: 'chair' }, { userId: ids['council.qn2'], role: 'member' }];
    const created = await post('province.qn', '/api/evaluation-rounds', { level: 'province', unitCode: '22', date: todayVn(), members, dossierIds: [dossier.id] });
    expect(created.statusCode).toBe(201);
    const round = created.json();
    expect(round.products).toEqual([expect.objectContaining({ productId: dossier.productId, source: 'dossier', dossier: expect.objectContaining({ status: 'complete' }) })]);
    expect((await get('province.qn', `/api/dossiers/${dossier.id}`)).json().status).toBe('in-round');
    // No longer waiting: it cannot join a second round.
    const again = await post('province.qn', '/api/evaluation-rounds', { level: 'province', unitCode: '22', date: todayVn(), members, dossierIds: [dossier.id] });
    expect(paths(again)).toEqual(['dossierIds.0']);
    for (const who of ['council.qn', 'council.qn2']) await put(who, `/api/evaluation-rounds/${round.id}/sheets/${dossier.productId}`, { answers: answersForTotal(set, 72) });
    expect((await post('council.qn', `/api/evaluation-rounds/${round.id}/close`)).statusCode).toBe(200);
    expect((await post('province.qn', `/api/evaluation-rounds/${round.id}/approve`, { decisionNumber: '200/QĐ-UBND', decisionDate: todayVn() })).json().certificates).toHaveLength(1);
    const after = (await get('province.qn', `/api/dossiers/${dossier.id}`)).json();
    expect(after.status).toBe('evaluated');
  });
});

describe('demo data', () => {
  it('has an open round in which council.qn chairs and has products to score', async () => {
    const items = (await get('council.qn', '/api/evaluation-rounds?status=open')).json().items;
    const open = items.find((r: { id: string; myRole: string }) => r.id !== roundId && r.myRole === 'chair');
    expect(open).toBeTruthy();
    const detail = (await get('council.qn', `/api/evaluation-rounds/${open.id}`)).json();
    expect(detail.members.filter((m: { role: string }) => m.role !== 'advisor')).toHaveLength(5);
    expect(detail.products.length).toBeGreaterThanOrEqual(3);
    expect(detail.products.every((p: { mySheet: { started: boolean } }) => !p.mySheet.started)).toBe(true);
    expect(detail.products[0].progress).toMatchObject({ expected: 5, complete: 4 });
    expect(detail.products.some((p: { conflicts: unknown[] }) => p.conflicts.length === 1)).toBe(true);
  });

  it('has a closed and approved round with five members\' sheets, results and certificates', async () => {
    const approved = (await get('province.qn', '/api/evaluation-rounds?status=approved')).json().items.filter((r: { name: string }) => r.name.endsWith('đợt 2'));
    expect(approved).toHaveLength(1);
    const latest = (await get('province.qn', `/api/evaluation-rounds/${approved[0].id}`)).json();
    expect(latest.members).toHaveLength(5);
    expect(latest.products.every((p: { result: { memberTotals: unknown[] } }) => p.result.memberTotals.length === 5)).toBe(true);
    expect(latest.products.map((p: { result: { outcome: { action: string } } }) => p.result.outcome.action).sort()).toEqual(['forward', 'recognise', 'recognise', 'recognise']);
    expect(latest.products.some((p: { result: { disagreements: unknown[] } }) => p.result.disagreements.length > 0)).toBe(true);
    const sheets = (await get('province.qn', `/api/evaluation-rounds/${approved[0].id}/sheets`)).json().items;
    expect(sheets).toHaveLength(20);
    const statuses = new Set((await get('province.qn', '/api/certificates?pageSize=100')).json().items.map((x: { status: string }) => x.status));
    for (const s of ['valid', 'expiring', 'revoked', 'superseded']) expect(statuses).toContain(s);
  });
});
