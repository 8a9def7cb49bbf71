import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { answersForTotal, criteriaSet, login, meetApprovalChecks, todayVn, userId, type CriteriaSetDef } from './evaluation.helpers';

/**
 * Star classes and recognition levels through whole rounds: class boundaries of the mean,
 * who recognises what under each rule version and date, disqualification by the council.
 */
let t: TestContext;
let c: Record<string, string>;
const users: Record<string, string> = {};
let pool: Array<{ id: string; name: string }>;
const sets = new Map<string, CriteriaSetDef>();

const post = (who: string, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: { cookie: c[who] }, payload });
const put = (who: string, url: string, payload: object) => t.app.inject({ method: 'PUT', url, headers: { cookie: c[who] }, payload });
const get = (who: string, url: string) => t.app.inject({ url, headers: { cookie: c[who] } });

beforeAll(async () => {
  t = await createTestApp();
  c = await login(t, ['province.qn', 'central', 'council.qn', 'council.qn2', 'council.qn3']);
  for (const u of ['council.qn', 'council.qn2', 'council.qn3']) users[u] = await userId(t, c[u]);
  // Quảng Ninh products not in the demo's open round.
  const openRound = (await get('council.qn', '/api/evaluation-rounds?status=open')).json().items[0].id;
  const busy = new Set((await get('council.qn', `/api/evaluation-rounds/${openRound}`)).json().products.map((p: { productId: string }) => p.productId));
  pool = ((await get('province.qn', '/api/products?province=22&pageSize=200')).json().items as Array<{ id: string; name: string }>).filter((p) => !busy.has(p.id));
  for (const code of ['1048-2019', '148-2023', '1489-2025']) sets.set(code, await criteriaSet(t, code));
});
afterAll(() => t.close());

function take(n: number): string[] {
  if (pool.length < n) throw new Error('not enough demo products');
  return pool.splice(0, n).map((p) => p.id);
}

const twoMembers = () => [
  { userId: users['council.qn'], role: 'chair' },
  { userId: users['council.qn2'], role: 'member' },
];

async function createRound(who: string, body: Record<string, unknown>) {
  const res = await post(who, '/api/evaluation-rounds', { members: twoMembers(), ...body });
  if (res.statusCode !== 201) throw new Error(`create round: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; ruleVersion: string; products: Array<{ productId: string; criteriaSetCode: string }> };
}

/** Every member scores each product with the given totals (one total per member, or the same for all). */
async function score(round: { id: string; products: Array<{ productId: string; criteriaSetCode: string }> }, totals: Array<number | number[]>, members = ['council.qn', 'council.qn2']) {
  for (const [i, p] of round.products.entries()) {
    // The product's own sheet (its product set's, within the version).
    const set = (await get(members[0], `/api/evaluation-rounds/${round.id}/sheets/${p.productId}`)).json().definition as CriteriaSetDef;
    for (const [m, member] of members.entries()) {
      const wanted = totals[i];
      const total = Array.isArray(wanted) ? wanted[m] : wanted;
      const res = await put(member, `/api/evaluation-rounds/${round.id}/sheets/${p.productId}`, { answers: answersForTotal(set, total) });
      expect(res.json().total).toBe(total);
    }
  }
}

async function close(round: { id: string }, who = 'council.qn') {
  // the organising office confirms the dossiers (and the commune pre-assessment) before approval
  await meetApprovalChecks(t, c[who === 'central' ? 'central' : 'province.qn'], round.id);
  const res = await post(who, `/api/evaluation-rounds/${round.id}/close`);
  expect(res.statusCode).toBe(200);
  return res.json().results as Array<{ productId: string; meanTotal: number; meanTotalText: string; stars: number; outcome: Record<string, unknown>; disqualified: boolean }>;
}

describe('star classes from the unrounded mean', () => {
  it('classes the boundaries 29 | 30, 49 | 50, 69 | 69.5 | 70, 89 | 90, 100 and recognises only 3★–4★ at the province', async () => {
    const round = await createRound('province.qn', { level: 'province', unitCode: '22', date: todayVn(), productIds: take(10) });
    const totals: Array<number | number[]> = [29, 30, 49, 50, 69, [69, 70], 70, 89, 90, 100];
    await score(round, totals);
    const results = await close(round);
    expect(results.map((r) => r.meanTotal)).toEqual([29, 30, 49, 50, 69, 69.5, 70, 89, 90, 100]);
    expect(results.map((r) => r.stars)).toEqual([1, 2, 2, 3, 3, 3, 4, 4, 5, 5]);
    expect(results.map((r) => r.meanTotalText)).toEqual(['29.00', '30.00', '49.00', '50.00', '69.00', '69.50', '70.00', '89.00', '90.00', '100.00']);
    expect(results.map((r) => r.outcome.action)).toEqual([
      'not-recognised', 'not-recognised', 'not-recognised', 'recognise', 'recognise', 'recognise', 'recognise', 'recognise', 'forward', 'forward',
    ]);
    expect(results[0].outcome).toMatchObject({ reason: 'below-3-stars' });
    expect(results[8].outcome).toMatchObject({ action: 'forward', to: 'central', provisionalStars: 5 });

    const approved = await post('province.qn', `/api/evaluation-rounds/${round.id}/approve`, { decisionNumber: '77/QĐ-UBND', decisionDate: todayVn() });
    const stars = approved.json().certificates.map((x: { stars: number }) => x.stars);
    expect(stars).toEqual([3, 3, 3, 4, 4]); // a provincial round never issues 5★
    // Products of an approved round may join later rounds again.
    pool.push(...round.products.map((p) => ({ id: p.productId, name: '' })));
  });
});

describe('recognition levels follow the rule version in force on the round\'s date', () => {
  it('chooses the rule version by date', async () => {
    const versions: string[] = [];
    for (const date of ['2019-08-21', '2023-02-23', '2023-02-24', '2025-06-30', '2025-07-01']) versions.push((await createRound('province.qn', { level: 'province', unitCode: '22', date, productIds: [] })).ruleVersion);
    expect(versions).toEqual(['1048-2019', '1048-2019', '148-2023', '148-2023', '1489-2025']);
  });

  it('148/2023: the province recognises only 4★ (3★ is the district\'s) and forwards 90+', async () => {
    const round = await createRound('province.qn', { level: 'province', unitCode: '22', date: '2024-05-02', productIds: take(3) });
    expect(round.products[0].criteriaSetCode).toBe('148-2023');
    await score(round, [60, 75, 92]);
    const results = await close(round);
    expect(results.map((r) => r.outcome)).toEqual([
      { action: 'not-recognised', stars: 3, reason: 'outside-level-range', recognisableAt: 'district' },
      { action: 'recognise', stars: 4 },
      { action: 'forward', to: 'central', provisionalStars: 5 },
    ]);
    const approved = (await post('province.qn', `/api/evaluation-rounds/${round.id}/approve`, { decisionNumber: '1200/QĐ-UBND', decisionDate: '2024-06-10' })).json();
    expect(approved.certificates.map((x: { stars: number; status: string }) => [x.stars, x.status])).toEqual([[4, 'valid']]);
  });

  it('148/2023: a (historic) district round recognises 3★ and forwards 70+ to the province', async () => {
    const round = await createRound('province.qn', { level: 'district', unitCode: '195', date: '2024-05-03', productIds: take(2) });
    expect(round.ruleVersion).toBe('148-2023');
    await score(round, [60, 75]);
    const results = await close(round);
    expect(results.map((r) => r.outcome)).toEqual([
      { action: 'recognise', stars: 3 },
      { action: 'forward', to: 'province', provisionalStars: 4 },
    ]);
    const approved = (await post('province.qn', `/api/evaluation-rounds/${round.id}/approve`, { decisionNumber: '88/QĐ-UBND', decisionDate: '2024-05-20' })).json();
    expect(approved.issuer).toBe('Ủy ban nhân dân thành phố Cẩm Phả');
    expect(approved.certificates.map((x: { stars: number; level: string }) => [x.stars, x.level])).toEqual([[3, 'district']]);
  });

  it('1048/2019: the district scores and forwards 50+; the province recognises 3★ and 4★', async () => {
    const district = await createRound('province.qn', { level: 'district', unitCode: '195', date: '2020-06-01', productIds: take(1) });
    expect(district.products[0].criteriaSetCode).toBe('1048-2019');
    await score(district, [60]);
    expect((await close(district))[0].outcome).toEqual({ action: 'forward', to: 'province', provisionalStars: 3 });
    const province = await createRound('province.qn', { level: 'province', unitCode: '22', date: '2020-07-01', productIds: take(2) });
    await score(province, [60, 85]);
    expect((await close(province)).map((r) => r.outcome)).toEqual([
      { action: 'recognise', stars: 3 },
      { action: 'recognise', stars: 4 },
    ]);
    // Certificates of 2020 have long expired.
    const approved = (await post('province.qn', `/api/evaluation-rounds/${province.id}/approve`, { decisionNumber: '2100/QĐ-UBND', decisionDate: '2020-08-01' })).json();
    expect(approved.certificates.map((x: { status: string; validUntil: string }) => [x.status, x.validUntil])).toEqual([['expired', '2023-07-31'], ['expired', '2023-07-31']]);
  });

  it('1489/2025: the centre recognises 5★; a provincial office cannot organise it', async () => {
    const qng = (await get('central', '/api/products?province=51&pageSize=1')).json().items[0].id;
    const refused = await post('province.qn', '/api/evaluation-rounds', { members: twoMembers(), level: 'central', unitCode: 'VN', date: todayVn(), productIds: [] });
    expect(refused.statusCode).toBe(403);
    const round = await createRound('central', { level: 'central', unitCode: 'VN', date: todayVn(), productIds: [qng] });
    await score(round, [95]);
    expect((await close(round, 'central'))[0].outcome).toEqual({ action: 'recognise', stars: 5 });
    const approved = (await post('central', `/api/evaluation-rounds/${round.id}/approve`, { decisionNumber: '45/QĐ-BNNMT', decisionDate: todayVn() })).json();
    expect(approved.issuer).toBe('Bộ Nông nghiệp và Môi trường');
    expect(approved.certificates).toEqual([expect.objectContaining({ stars: 5, level: 'central', provinceCode: '51' })]);
    expect(approved.certificates[0].number).toMatch(/^OCOP-00-/);
  });
});

describe('disqualification', () => {
  it('excludes a product when most members answer a disqualifying option, not when one does', async () => {
    const round = await createRound('province.qn', {
      level: 'province', unitCode: '22', date: todayVn(), productIds: take(2),
      members: [...twoMembers(), { userId: users['council.qn3'], role: 'member' }],
    });
    const set = sets.get('1489-2025')!;
    const noLocal = { ...answersForTotal(set, 75), 'A1.1': 'a' };
    const [x, y] = round.products.map((p) => p.productId);
    const sheet = (who: string, product: string, answers: Record<string, string>) => put(who, `/api/evaluation-rounds/${round.id}/sheets/${product}`, { answers });
    // Two of three members: the product uses no local raw material.
    expect((await sheet('council.qn', x, noLocal)).json().disqualified).toEqual(['A1.1']);
    await sheet('council.qn2', x, noLocal);
    await sheet('council.qn3', x, answersForTotal(set, 75));
    // One of three only: the majority decides.
    await sheet('council.qn', y, noLocal);
    await sheet('council.qn2', y, answersForTotal(set, 75));
    await sheet('council.qn3', y, answersForTotal(set, 75));
    const results = await close(round);
    expect(results[0]).toMatchObject({ disqualified: true, outcome: { action: 'not-recognised', reason: 'disqualified' } });
    expect(results[1]).toMatchObject({ disqualified: false, outcome: { action: 'recognise' } });
    const approved = (await post('province.qn', `/api/evaluation-rounds/${round.id}/approve`, { decisionNumber: '5/QĐ-UBND', decisionDate: todayVn() })).json();
    expect(approved.certificates.map((x2: { productId: string }) => x2.productId)).toEqual([y]);
  });

  it('keeps incomplete dossiers out of scoring and results', async () => {
    const round = await createRound('province.qn', { level: 'province', unitCode: '22', date: todayVn(), productIds: take(2) });
    const [x, y] = round.products.map((p) => p.productId);
    const checklist = (await get('province.qn', `/api/evaluation-rounds/${round.id}/products/${x}/dossier-checklist`)).json();
    expect(checklist.items.some((i: { required: boolean }) => i.required)).toBe(true);
    const missingOne = await put('province.qn', `/api/evaluation-rounds/${round.id}/products/${x}/dossier`, { present: ['registration-form'], note: 'Thiếu phiếu kiểm nghiệm' });
    expect(missingOne.json().products[0].dossier).toMatchObject({ status: 'incomplete' });
    const all = checklist.items.filter((i: { required: boolean }) => i.required).map((i: { code: string }) => i.code);
    expect((await put('province.qn', `/api/evaluation-rounds/${round.id}/products/${y}/dossier`, { present: all })).json().products[1].dossier.status).toBe('complete');
    expect((await put('province.qn', `/api/evaluation-rounds/${round.id}/products/${y}/dossier`, { present: ['nonsense'] })).statusCode).toBe(400);
    const set = sets.get('1489-2025')!;
    expect((await put('council.qn', `/api/evaluation-rounds/${round.id}/sheets/${x}`, { answers: answersForTotal(set, 70) })).statusCode).toBe(409);
    for (const who of ['council.qn', 'council.qn2']) await put(who, `/api/evaluation-rounds/${round.id}/sheets/${y}`, { answers: answersForTotal(set, 70) });
    const results = await close(round);
    expect(results[0]).toMatchObject({ evaluated: false, reason: 'dossier-incomplete', outcome: { action: 'not-evaluated' } });
    expect(results[1]).toMatchObject({ evaluated: true, stars: 4 });
  });
});
