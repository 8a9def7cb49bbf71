import { describe, expect, it } from 'vitest';
import { CAM_PHA_COMMUNICATION, CAM_PHA_FUNNEL, QNG_HISTORY, QNG_NEW_2022, packEntities, splitInteger } from './reports';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('demo figures behind the reports', () => {
  it('splits amounts exactly', () => {
    expect(splitInteger(731_540_000, 38).reduce((a, b) => a + b, 0)).toBe(731_540_000);
    expect(splitInteger(7, 3)).toEqual([3, 2, 2]);
  });

  it("logs Table 2's Cẩm Phả communication and training figures", () => {
    const y2019 = CAM_PHA_COMMUNICATION.find((y) => y.year === 2019)!;
    expect(sum(y2019.logs.filter((l) => l.kind === 'article').map((l) => l.count))).toBe(115);
    expect(sum(y2019.logs.filter((l) => l.kind === 'loudspeaker').map((l) => l.count))).toBe(180);
    expect(sum(y2019.logs.map((l) => l.budgetVnd))).toBe(100_000_000);
    expect(y2019.classes).toHaveLength(13);
    expect(sum(y2019.classes.map((c) => c.participants))).toBe(430);
    expect(sum(y2019.classes.map((c) => c.budgetVnd))).toBe(80_000_000);
  });

  it('keeps the funnel stages in order', () => {
    for (const f of CAM_PHA_FUNNEL) expect(f.ideas >= f.plans && f.plans >= f.implemented).toBe(true);
    expect(sum(CAM_PHA_FUNNEL.filter((f) => f.year === 2019).map((f) => f.implemented))).toBe(102);
  });

  it("places Quảng Ngãi's 2022 products so that seed 004's totals follow", () => {
    const packed = packEntities(QNG_NEW_2022.entities, QNG_NEW_2022.stars4, QNG_NEW_2022.localities, () => 2022);
    const products = packed.flatMap((e) => e.products);
    // with the demo's 11 named products (3×4★, 6 + 4 + 1 by type): 65 products, 5×4★, 21/20/24 by type
    expect(products.length + 11).toBe(65);
    expect(products.filter((p) => p.stars === 4).length + 3).toBe(5);
    const byType = (t: string) => packed.filter((e) => e.type === t);
    expect([byType('enterprise').length + 3, byType('cooperative').length + 3, byType('household').length + 1]).toEqual([11, 16, 20]);
    expect(sum(byType('enterprise').map((e) => e.products.length)) + 6).toBe(21);
    expect(sum(byType('household').map((e) => e.products.length)) + 1).toBe(24);
    for (const [d, n] of Object.entries(QNG_NEW_2022.localities)) expect(sum(packed.filter((e) => e.district === d).map((e) => e.products.length))).toBe(n);
  });

  it('places the earlier products behind the cumulative figures', () => {
    const packed = packEntities(QNG_HISTORY.entities, QNG_HISTORY.stars4, QNG_HISTORY.localities, QNG_HISTORY.yearOf);
    const products = packed.flatMap((e) => e.products);
    expect(products).toHaveLength(59);
    expect(products.filter((p) => p.stars === 4)).toHaveLength(4);
    expect(products.filter((p) => p.year === 2021)).toHaveLength(24);
    expect(packed).toHaveLength(25);
    expect(sum(packed.filter((e) => e.district === '533').map((e) => e.products.length))).toBe(17);
    expect(packed.some((e) => e.district === '530')).toBe(false);
  });
});
