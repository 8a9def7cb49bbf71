import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import set1048 from '../../resources/criteria-sets/1048-2019.json' with { type: 'json' };
import { productSetOf, sheetCodeFor, sheetFor, type CriteriaSet } from '../../src/domain/criteria';
import { roundResult, scoreSheet, starClass } from '../../src/domain/ranking';
import { QN_ROUND_2019, quangNinhProducts } from '../../src/seed/demo-data';
import { createTestApp, type TestContext } from '../support/test-app';

/**
 * The demo's history rounds under real rules (issue 11): the Cẩm Phả recognitions of 2019
 * came out of Quảng Ninh's 2019 provincial round, scored on the 1048/2019 sheet of each
 * product's set, and each certificate's class is the class the council's sheets compute.
 */
let t: TestContext;
let cookie: string;
const version = set1048 as unknown as CriteriaSet;
const get = (url: string) => t.app.inject({ url, headers: { cookie } });

interface RoundProduct {
  productId: string;
  productName: string;
  criteriaSetCode: string;
  sheet: { code: string } | null;
  result: { sheetCode: string | null; meanTotal: number; stars: number; starsByTotal: number; missedMinimums: unknown[]; knockOutReasons: unknown[]; disagreements: unknown[]; outcome: { action: string; stars?: number } };
}

beforeAll(async () => {
  t = await createTestApp();
  cookie = await t.login('province.qn');
});
afterAll(() => t.close());

describe('demo: Quảng Ninh 2019 round under 1048/2019', () => {
  let round: { id: string; name: string; date: string; ruleVersion: string; status: string; decisionNumber: string; decisionDate: string; products: RoundProduct[] };

  beforeAll(async () => {
    const list = (await get('/api/evaluation-rounds?pageSize=100')).json().items as Array<{ id: string; date: string }>;
    const found = list.filter((r) => r.date >= '2019-01-01' && r.date <= '2022-12-31');
    expect(found).toHaveLength(1);
    round = (await get(`/api/evaluation-rounds/${found[0].id}`)).json();
  });

  it('exists, approved with its decision, on the 1048/2019 version', () => {
    expect(round).toMatchObject({
      name: QN_ROUND_2019.name,
      date: '2019-11-12',
      ruleVersion: '1048-2019',
      status: 'approved',
      decisionNumber: '4512/QĐ-UBND',
      decisionDate: '2019-12-06',
    });
    expect(round.products).toHaveLength(8);
    expect(round.products.every((p) => p.criteriaSetCode === '1048-2019')).toBe(true);
  });

  it("scores each product on its product set's sheet, with the computed class its certificate's", async () => {
    const certificates = (await get(`/api/certificates?roundId=${round.id}&pageSize=50`)).json().items as Array<{ productId: string; stars: number; decisionNumber: string; decisionDate: string; validUntil: string; roundId: string }>;
    expect(certificates).toHaveLength(8);
    const sheets = (await get(`/api/evaluation-rounds/${round.id}/sheets`)).json().items as Array<{ productId: string; memberId: string; answers: Record<string, string>; total: number; complete: boolean }>;
    expect(sheets).toHaveLength(8 * 5);

    const classes: string[] = [];
    for (const p of round.products) {
      const demo = quangNinhProducts.find((d) => d.name === p.productName)!;
      const recorded = demo.stars.find((s) => s.round === QN_ROUND_2019.key)!;
      const code = sheetCodeFor(version, productSetOf(demo));
      expect([p.sheet?.code, p.result.sheetCode]).toEqual([code, code]);
      const sheet = sheetFor(version, code)!;
      const mine = sheets.filter((s) => s.productId === p.productId);
      expect(mine).toHaveLength(5);
      for (const s of mine) {
        const scored = scoreSheet(sheet, s.answers);
        // every member's sheet is complete, adds up to its stored total, in the class's band, without knock-outs
        expect(scored).toMatchObject({ total: s.total, complete: true, knockOuts: [], disqualified: [], stopped: [] });
        expect(starClass(s.total)).toBe(recorded.stars);
      }
      const result = roundResult(sheet, { sheets: mine.map((s) => ({ memberId: s.memberId, answers: s.answers })) });
      expect(result.missedMinimums).toEqual([]);
      expect(result.stars).toBe(recorded.stars);
      expect(p.result).toMatchObject({ meanTotal: result.total, stars: recorded.stars, starsByTotal: recorded.stars, missedMinimums: [], knockOutReasons: [], outcome: { action: 'recognise', stars: recorded.stars } });
      const cert = certificates.find((c) => c.productId === p.productId)!;
      expect(cert).toMatchObject({ stars: result.stars, roundId: round.id, decisionNumber: '4512/QĐ-UBND', decisionDate: '2019-12-06', validUntil: '2022-12-05' });
      classes.push(`${code} ${result.total} ${cert.stars}★`);
    }
    // Table 6's 2019 column: four 4★ (liquor, three waters), four 3★ (fish sauce, three oils)
    expect(classes).toEqual([
      's2.1.1 82 4★', 's2.2.1 80 4★', 's2.2.1 84 4★', 's2.2.1 79 4★',
      's1.4.1 64 3★', 's1.3.1 62 3★', 's1.3.1 55 3★', 's1.3.1 58 3★',
    ]);
  });

  it("records each 2019 recognition once, with the round's decision, as the product's star history", async () => {
    const ids = round.products.map((p) => p.productId);
    for (const id of ids) {
      const product = (await get(`/api/products/${id}`)).json();
      const of2019 = product.starHistory.filter((s: { year: number }) => s.year === 2019);
      expect(of2019).toEqual([expect.objectContaining({ year: 2019, level: 'province', decision: '4512/QĐ-UBND' })]);
    }
  });
});
