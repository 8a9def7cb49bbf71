import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { login, userId } from './evaluation.helpers';
import { PRODUCT_SETS } from '../../src/domain/criteria/product-sets';

/**
 * A rule version entered through the API only — decision, effective range, one sheet for
 * every product set, part maxima, a knock-out, a per-star minimum, evidence hints, its own
 * star bands and its own recognition procedure — and rounds on either side of its start:
 * the round after it uses its sheet, procedure and classes; the round before keeps 1489/2025.
 */
let t: TestContext;
let c: Record<string, string>;
const users: Record<string, string> = {};
let pool: string[];

const send = (who: string, method: 'POST' | 'PUT' | 'GET', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: c[who] }, ...(payload ? { payload } : {}) });

const both = (vi: string, en: string) => ({ vi, en });
const option = (code: string, points: number, vi: string, hint?: string) => ({ code, points, label: both(vi, vi), ...(hint ? { hint: both(hint, hint) } : {}) });

/** Fictional "Quyết định 77/QĐ-TTg" of 2026: three criteria, bands 40/55/75/92, province 3★–4★, centre 5★. */
const fictional = {
  code: 'TEST-2026',
  ruleVersion: 'TEST-2026',
  decision: { number: '77/QĐ-TTg', title: both('Quyết định thử nghiệm bộ tiêu chí OCOP 2026', 'Trial OCOP criteria decision 2026'), issuer: both('Thủ tướng Chính phủ', 'Prime Minister'), signedOn: '2026-05-20' },
  effectiveFrom: '2026-06-01',
  effectiveTo: null,
  groups: ['1', '2', '3', '4', '5', '6'],
  parts: [
    { code: 'A', name: both('Sản xuất', 'Production'), maxPoints: 30 },
    { code: 'B', name: both('Thị trường', 'Market'), maxPoints: 30 },
    { code: 'C', name: both('Chất lượng', 'Quality'), maxPoints: 40 },
  ],
  sections: [],
  criteria: [],
  sheets: [
    {
      code: 'chung',
      name: both('Phiếu chung', 'Common sheet'),
      productSets: PRODUCT_SETS.map((p) => p.code),
      sections: [
        { code: 'A1', part: 'A', name: both('Nguyên liệu', 'Raw material') },
        { code: 'B1', part: 'B', name: both('Phân phối', 'Distribution') },
        { code: 'C1', part: 'C', name: both('Chất lượng', 'Quality') },
      ],
      criteria: [
        { code: 'A1.1', part: 'A', section: 'A1', name: both('Nguyên liệu địa phương', 'Local raw material'), maxPoints: 30, options: [option('a', 0, 'Dưới 25%'), option('b', 5, '25–50%'), option('c', 10, '50–75%'), option('d', 20, '75–90%'), option('e', 30, 'Trên 90%', 'Hợp đồng mua nguyên liệu, xác nhận của UBND xã')] },
        { code: 'B1.1', part: 'B', section: 'B1', name: both('Kênh phân phối', 'Distribution channels'), maxPoints: 30, options: [option('a', 0, 'Không có'), option('b', 4, 'Trong xã'), option('c', 10, 'Trong tỉnh'), option('d', 20, 'Toàn quốc'), option('e', 30, 'Xuất khẩu', 'Tờ khai hải quan')] },
        { code: 'C1.1', part: 'C', section: 'C1', name: both('Chất lượng sản phẩm', 'Product quality'), maxPoints: 40, options: [option('a', 0, 'Không đạt'), option('b', 10, 'Đạt'), option('c', 20, 'Khá'), option('d', 30, 'Tốt'), option('e', 40, 'Rất tốt', 'Phiếu kiểm nghiệm độc lập')] },
      ],
      knockOuts: [{ code: 'KO1', kind: 'excluded', criterion: 'A1.1', trigger: 'declared', reason: both('Bị loại nếu dùng toàn bộ nguyên liệu nhập khẩu', 'Excluded if all raw material is imported') }],
      starMinimums: [{ stars: 4, criterion: 'C1.1', minPoints: 30, label: both('Chất lượng tốt', 'Good quality') }],
    },
  ],
  starBands: [
    { stars: 1, minTotal: 0 },
    { stars: 2, minTotal: 40 },
    { stars: 3, minTotal: 55 },
    { stars: 4, minTotal: 75 },
    { stars: 5, minTotal: 92 },
  ],
  recognition: {
    levels: [
      { level: 'province', recognises: [3, 4], forwardAtOrAbove: 92, forwardTo: 'central', deadlineDays: 30 },
      { level: 'central', recognises: [5], deadlineDays: 60 },
    ],
    note: both('Tỉnh công nhận 3–4 sao trong 30 ngày; từ 92 điểm đề nghị trung ương.', 'The province recognises 3★–4★ within 30 days; 92 and above go to the centre.'),
  },
  status: 'draft',
  toBeConfirmed: false,
};

beforeAll(async () => {
  t = await createTestApp();
  c = await login(t, ['admin', 'province.qn', 'council.qn', 'council.qn2']);
  for (const u of ['council.qn', 'council.qn2']) users[u] = await userId(t, c[u]);
  const openRound = (await send('council.qn', 'GET', '/api/evaluation-rounds?status=open')).json().items[0].id;
  const busy = new Set((await send('council.qn', 'GET', `/api/evaluation-rounds/${openRound}`)).json().products.map((p: { productId: string }) => p.productId));
  pool = ((await send('province.qn', 'GET', '/api/products?province=22&pageSize=200')).json().items as Array<{ id: string }>).map((p) => p.id).filter((id) => !busy.has(id));
});
afterAll(() => t.close());

const members = () => [
  { userId: users['council.qn'], role: 'chair' },
  { userId: users['council.qn2'], role: 'member' },
];

describe('a rule version entered as data', () => {
  it('refuses a sheet whose best answers do not give the part maxima, naming the sheet', async () => {
    const bad = structuredClone(fictional);
    bad.sheets[0].criteria[1].maxPoints = 20;
    bad.sheets[0].criteria[1].options = bad.sheets[0].criteria[1].options.filter((o) => o.points <= 20);
    const res = await send('admin', 'POST', '/api/criteria-sets', { ...bad, code: 'TEST-BAD' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ path: 'sheets.0.parts.1.maxPoints', code: 'errors.criteriaSet.partSum' }));
  });

  it('is entered and published by an administrator, then never changes', async () => {
    const created = await send('admin', 'POST', '/api/criteria-sets', fictional);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'TEST-2026', status: 'draft', sheets: [{ code: 'chung', criteriaCount: 3 }] });
    const published = await send('admin', 'POST', '/api/criteria-sets/TEST-2026/publish', { version: 1 });
    expect(published.statusCode).toBe(200);
    expect((await send('admin', 'PUT', '/api/criteria-sets/TEST-2026', { version: 2, definition: fictional })).statusCode).toBe(409);
    const detail = (await send('province.qn', 'GET', '/api/criteria-sets/TEST-2026')).json();
    expect(detail.definition.starBands[2]).toEqual({ stars: 3, minTotal: 55 });
    expect(detail.definition.sheets[0].criteria[0].options[4].hint.vi).toBe('Hợp đồng mua nguyên liệu, xác nhận của UBND xã');
  });

  it('a round dated after 2026-06-01 uses its sheet, procedure, classes, knock-out and minimum', async () => {
    const productIds = pool.splice(0, 4);
    const res = await send('province.qn', 'POST', '/api/evaluation-rounds', { name: 'Đợt thử theo QĐ 77', level: 'province', unitCode: '22', date: '2026-06-15', members: members(), productIds });
    expect(res.statusCode).toBe(201);
    const round = res.json();
    expect(round.ruleVersion).toBe('TEST-2026');
    expect(round.procedure.levels.map((l: { level: string }) => l.level)).toEqual(['province', 'central']);
    expect(round.procedure.thisLevel).toMatchObject({ recognises: [3, 4], forwardAtOrAbove: 92, deadlineDays: 30 });
    expect(round.products.map((p: { criteriaSetCode: string; sheet: { code: string } }) => `${p.criteriaSetCode}/${p.sheet.code}`)).toEqual(Array(4).fill('TEST-2026/chung'));

    const sheet = (await send('council.qn', 'GET', `/api/evaluation-rounds/${round.id}/sheets/${productIds[0]}`)).json();
    expect(sheet.definition.criteria.map((x: { code: string }) => x.code)).toEqual(['A1.1', 'B1.1', 'C1.1']);

    // 60 → 3★ (bands 55/75); 54 → 2★ here (3★ under the usual bands); 80 with C1.1 at 20 misses the 4★ minimum → 3★;
    // 100 with the knock-out declared by both members → excluded.
    const answers = [
      { 'A1.1': 'd', 'B1.1': 'd', 'C1.1': 'c' },
      { 'A1.1': 'd', 'B1.1': 'b', 'C1.1': 'd' },
      { 'A1.1': 'e', 'B1.1': 'e', 'C1.1': 'c' },
      { 'A1.1': 'e', 'B1.1': 'e', 'C1.1': 'e', 'ko:KO1': 'yes' },
    ];
    for (const [i, productId] of productIds.entries()) {
      for (const member of ['council.qn', 'council.qn2']) {
        const put = await send(member, 'PUT', `/api/evaluation-rounds/${round.id}/sheets/${productId}`, { answers: answers[i] });
        expect(put.statusCode).toBe(200);
        expect(put.json().complete).toBe(true);
      }
    }
    const closed = await send('council.qn', 'POST', `/api/evaluation-rounds/${round.id}/close`);
    expect(closed.statusCode).toBe(200);
    const results = closed.json().results;
    expect(results.map((r: { meanTotal: number }) => r.meanTotal)).toEqual([60, 54, 80, 100]);
    expect(results.map((r: { stars: number }) => r.stars)).toEqual([3, 2, 3, 5]);
    expect(results.map((r: { outcome: { action: string } }) => r.outcome.action)).toEqual(['recognise', 'not-recognised', 'recognise', 'not-recognised']);
    expect(results[1].outcome).toMatchObject({ reason: 'below-3-stars' });
    expect(results[2]).toMatchObject({ starsByTotal: 4, outcome: { stars: 3 }, missedMinimums: [{ stars: 4, criterion: 'C1.1', minPoints: 30, mean: 20 }] });
    expect(results[3]).toMatchObject({ disqualified: true, outcome: { reason: 'disqualified' }, knockOutReasons: [{ rule: 'KO1', kind: 'excluded', members: 2 }] });
  });

  it('a round dated before it keeps 1489/2025 and its procedure', async () => {
    const productIds = pool.splice(0, 1);
    const res = await send('province.qn', 'POST', '/api/evaluation-rounds', { name: 'Đợt tháng 5/2026', level: 'province', unitCode: '22', date: '2026-05-15', members: members(), productIds });
    expect(res.statusCode).toBe(201);
    expect(res.json().ruleVersion).toBe('1489-2025');
    expect(res.json().procedure.levels.map((l: { level: string }) => l.level)).toEqual(['commune', 'province', 'central']);
    expect(res.json().products[0].criteriaSetCode).toBe('1489-2025');
  });
});
