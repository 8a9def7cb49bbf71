import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { answersForTotal, criteriaSet, login, meetApprovalChecks, todayVn, userId, type CriteriaSetDef } from './evaluation.helpers';

/**
 * Dossier checks before approval (issue 11 item 6): a recognised product whose dossier is not
 * confirmed complete or whose commune pre-assessment is missing or failed is refused, certified
 * only with the approver's reason, or left out; the pre-assessment of a product that came with
 * its dossier is one record, on the dossier.
 */
let t: TestContext;
let c: Record<string, string>;
const users: Record<string, string> = {};
let pool: string[];
let set: CriteriaSetDef;

const post = (who: string, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: { cookie: c[who] }, payload });
const put = (who: string, url: string, payload: object) => t.app.inject({ method: 'PUT', url, headers: { cookie: c[who] }, payload });
const get = (who: string, url: string) => t.app.inject({ url, headers: { cookie: c[who] } });

beforeAll(async () => {
  t = await createTestApp();
  c = await login(t, ['province.qn', 'council.qn', 'council.qn2']);
  for (const u of ['council.qn', 'council.qn2']) users[u] = await userId(t, c[u]);
  const openRound = (await get('council.qn', '/api/evaluation-rounds?status=open')).json().items[0].id;
  const busy = new Set((await get('council.qn', `/api/evaluation-rounds/${openRound}`)).json().products.map((p: { productId: string }) => p.productId));
  pool = ((await get('province.qn', '/api/products?province=22&pageSize=200')).json().items as Array<{ id: string }>).map((p) => p.id).filter((id) => !busy.has(id));
  set = await criteriaSet(t, '1489-2025');
});
afterAll(() => t.close());

const members = () => [
  { userId: users['council.qn'], role: 'chair' },
  { userId: users['council.qn2'], role: 'member' },
];

interface RoundProduct {
  productId: string;
  productName: string;
  approvalBlocks: string[];
  communePreAssessment: { recorded: boolean; passed: boolean } | null;
  approvalDecision: { kind: string; reason: string | null; blocks: string[] } | null;
  dossier: { status: string };
}

async function roundWith(productIds: string[], dossierIds: string[] = []) {
  const res = await post('province.qn', '/api/evaluation-rounds', { level: 'province', unitCode: '22', date: todayVn(), members: members(), productIds, dossierIds });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; products: RoundProduct[] };
}

/** Both members score every product at 72 (4★, recognised by the province) and the chair closes. */
async function scoreAndClose(roundId: string, productIds: string[]) {
  for (const p of productIds) for (const who of ['council.qn', 'council.qn2']) {
    expect((await put(who, `/api/evaluation-rounds/${roundId}/sheets/${p}`, { answers: answersForTotal(set, 72) })).json().total).toBe(72);
  }
  expect((await post('council.qn', `/api/evaluation-rounds/${roundId}/close`)).statusCode).toBe(200);
}

const products = async (roundId: string) => (await get('province.qn', `/api/evaluation-rounds/${roundId}`)).json().products as RoundProduct[];

describe('the approval guard', () => {
  it('refuses to approve while a recognised product has an unconfirmed dossier and no pre-assessment, naming it', async () => {
    const [p1, p2] = pool.splice(0, 2);
    const round = await roundWith([p1, p2]);
    expect(round.products.map((p) => p.approvalBlocks)).toEqual([
      ['dossier-not-confirmed', 'pre-assessment-missing'],
      ['dossier-not-confirmed', 'pre-assessment-missing'],
    ]);
    await scoreAndClose(round.id, [p1, p2]);
    const refused = await post('province.qn', `/api/evaluation-rounds/${round.id}/approve`, { decisionNumber: '301/QĐ-UBND', decisionDate: todayVn() });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain(round.products[0].productName);
    expect(refused.json().detail).toContain('2 sản phẩm');
    // a blank reason is no reason; a product of another round is named by its field
    expect((await post('province.qn', `/api/evaluation-rounds/${round.id}/approve`, { decisionNumber: '301/QĐ-UBND', decisionDate: todayVn(), overrides: [{ productId: p1, reason: '  ' }] })).statusCode).toBe(400);
    const stranger = await post('province.qn', `/api/evaluation-rounds/${round.id}/approve`, { decisionNumber: '301/QĐ-UBND', decisionDate: todayVn(), excluded: [pool[0]] });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors.map((e: { path: string }) => e.path)).toEqual(['excluded.0']);
    // nothing happened
    expect((await get('province.qn', `/api/evaluation-rounds/${round.id}`)).json().status).toBe('closed');
    expect((await get('province.qn', `/api/certificates?roundId=${round.id}`)).json().total).toBe(0);

    // allowed with a reason for one, the other left out: stored with the product and audited
    const reason = 'Hồ sơ gốc đã được Phòng Kinh tế kiểm tra trực tiếp tại cơ sở';
    const allowed = await post('province.qn', `/api/evaluation-rounds/${round.id}/approve`, {
      decisionNumber: '301/QĐ-UBND', decisionDate: todayVn(), overrides: [{ productId: p1, reason }], excluded: [p2],
    });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json()).toMatchObject({ status: 'approved', excluded: [p2], overridden: [{ productId: p1, reason }] });
    expect(allowed.json().certificates.map((x: { productId: string }) => x.productId)).toEqual([p1]);
    const after = await products(round.id);
    expect(after[0].approvalDecision).toMatchObject({ kind: 'override', reason, blocks: ['dossier-not-confirmed', 'pre-assessment-missing'] });
    expect(after[1].approvalDecision).toMatchObject({ kind: 'excluded', reason: null });
    const event = (await get('province.qn', `/api/evaluation-rounds/${round.id}/audit`)).json().items.find((e: { action: string }) => e.action === 'round.approve');
    expect(JSON.stringify(event)).toContain(reason);
    // a repeat of the same decision answers the same, issuing nothing more
    const again = await post('province.qn', `/api/evaluation-rounds/${round.id}/approve`, { decisionNumber: '301/QĐ-UBND', decisionDate: todayVn() });
    expect(again.json()).toMatchObject({ excluded: [p2], overridden: [{ productId: p1, reason }] });
    expect(again.json().certificates).toHaveLength(1);
  });

  it('blocks a failed commune pre-assessment even with the dossier confirmed', async () => {
    const [p] = pool.splice(0, 1);
    const round = await roundWith([p]);
    await meetApprovalChecks(t, c['province.qn'], round.id);
    expect((await put('province.qn', `/api/evaluation-rounds/${round.id}/products/${p}/pre-assessment`, { answers: {}, proposed: false, note: 'Nguyên liệu không có nguồn gốc địa phương' })).statusCode).toBe(200);
    const [entry] = await products(round.id);
    expect(entry).toMatchObject({ dossier: { status: 'complete' }, communePreAssessment: { recorded: true, passed: false }, approvalBlocks: ['pre-assessment-failed'] });
    await scoreAndClose(round.id, [p]);
    expect((await post('province.qn', `/api/evaluation-rounds/${round.id}/approve`, { decisionNumber: '302/QĐ-UBND', decisionDate: todayVn() })).statusCode).toBe(409);
    const left = await post('province.qn', `/api/evaluation-rounds/${round.id}/approve`, { decisionNumber: '302/QĐ-UBND', decisionDate: todayVn(), excluded: [p] });
    expect(left.json()).toMatchObject({ status: 'approved', certificates: [], excluded: [p], overridden: [] });
  });

  it('approves without any choice when every dossier is confirmed and pre-assessed', async () => {
    const [p1, p2] = pool.splice(0, 2);
    const round = await roundWith([p1, p2]);
    await meetApprovalChecks(t, c['province.qn'], round.id);
    expect((await products(round.id)).map((p) => p.approvalBlocks)).toEqual([[], []]);
    await scoreAndClose(round.id, [p1, p2]);
    const ok = await post('province.qn', `/api/evaluation-rounds/${round.id}/approve`, { decisionNumber: '303/QĐ-UBND', decisionDate: todayVn() });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ excluded: [], overridden: [] });
    expect(ok.json().certificates).toHaveLength(2);
    expect((await products(round.id)).map((p) => p.approvalDecision)).toEqual([null, null]);
  });
});

describe('one pre-assessment record', () => {
  it('keeps the round’s pre-assessment of a product that came with its dossier on the dossier', async () => {
    const ready = (await get('province.qn', '/api/evaluation-rounds/ready-dossiers?level=province&unitCode=22')).json().items as Array<{ id: string; productId: string }>;
    expect(ready.length).toBeGreaterThan(0);
    const dossier = ready[0];
    const before = (await get('province.qn', `/api/dossiers/${dossier.id}`)).json();
    expect(before.preAssessment?.results).toBeTruthy(); // the commune pre-assessed the dossier criteria
    const round = await roundWith([], [dossier.id]);
    expect(round.products[0]).toMatchObject({ dossier: { status: 'complete' }, communePreAssessment: { recorded: true, passed: true }, approvalBlocks: [] });
    const url = `/api/evaluation-rounds/${round.id}/products/${dossier.productId}/pre-assessment`;
    expect((await put('province.qn', url, { answers: {}, proposed: true, note: 'Xã đề xuất' })).statusCode).toBe(200);
    const onDossier = (await get('province.qn', `/api/dossiers/${dossier.id}`)).json();
    expect(onDossier.sheetPreAssessment).toMatchObject({ proposed: true, note: 'Xã đề xuất' });
    expect(onDossier.preAssessment.results).toEqual(before.preAssessment.results); // the dossier criteria are kept
    const [entry] = await products(round.id);
    expect((await get('province.qn', `/api/evaluation-rounds/${round.id}`)).json().products[0].preAssessment).toEqual(onDossier.sheetPreAssessment);
    expect(entry.communePreAssessment).toEqual({ recorded: true, passed: true });
  });
});
