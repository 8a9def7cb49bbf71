import { describe, expect, it } from 'vitest';
import { averageGrowthRate, change, changePercent, formatNumberVi, formatPercentVi, roundForDisplay, seriesGrowthRate, yearOnYear } from './growth';

// The Ba kích wine of seed 000, table 7 (million VND): before OCOP 2014–2015, recognised in 2016.
const baKichRevenue = [
  { year: 2014, value: 4530 },
  { year: 2015, value: 4860 },
  { year: 2016, value: 8321 },
  { year: 2017, value: 12111 },
  { year: 2018, value: 14461 },
  { year: 2019, value: 15951 },
];

describe('average growth rate (seed 000)', () => {
  it('households 4 → 10 over two years: 58.11 %', () => {
    expect(roundForDisplay(averageGrowthRate(4, 10, 2))).toBe(58.11);
  });
  it('Cẩm Thủy 1 → 4: 100 %; Cẩm Phú, Cửa Ông, Quang Hanh 1 → 2: 41.42 %', () => {
    expect(averageGrowthRate(1, 4, 2)).toBeCloseTo(100, 10);
    expect(roundForDisplay(averageGrowthRate(1, 2, 2))).toBe(41.42);
  });
  it('the Ba kích revenue after joining (2016 → 2019, three periods): 24.22 %', () => {
    // The paper prints 138.45 %: that is √(15951 / 8321) × 100, a development rate over two periods
    // where 2016–2019 has three. The platform computes from the figures, as the issue requires.
    const after = baKichRevenue.filter((p) => p.year >= 2016);
    expect(roundForDisplay(seriesGrowthRate(after))).toBe(24.22);
    expect(roundForDisplay(Math.sqrt(15951 / 8321) * 100)).toBe(138.45);
  });
  it('the Ba kích revenue before joining (2014 → 2015): 7.28 %', () => {
    expect(roundForDisplay(seriesGrowthRate(baKichRevenue.filter((p) => p.year < 2016)))).toBe(7.28);
  });
  it('has no value without a positive start, a period or two known years', () => {
    expect(averageGrowthRate(0, 5, 2)).toBeNull();
    expect(averageGrowthRate(null, 5, 2)).toBeNull();
    expect(averageGrowthRate(4, 10, 0)).toBeNull();
    expect(averageGrowthRate(4, -1, 2)).toBeNull();
    expect(seriesGrowthRate([{ year: 2019, value: 3 }, { year: 2018, value: null }])).toBeNull();
  });
  it('a series with a missing year measures between the known ends', () => {
    expect(roundForDisplay(seriesGrowthRate([{ year: 2017, value: 4 }, { year: 2018, value: null }, { year: 2019, value: 10 }]))).toBe(58.11);
  });
});

describe('change and change %', () => {
  it('is this − previous and change / previous × 100', () => {
    expect(change(12111, 8321)).toBe(3790);
    expect(roundForDisplay(changePercent(12111, 8321))).toBe(45.55);
    expect(changePercent(3, 4)).toBe(-25);
  });
  it('has no value when the previous figure is 0 or missing (never 0 or Infinity)', () => {
    expect(changePercent(5, 0)).toBeNull();
    expect(changePercent(5, null)).toBeNull();
    expect(changePercent(5, undefined)).toBeNull();
    expect(change(5, null)).toBeNull();
    expect(change(null, 5)).toBeNull();
  });
  it('year on year over the Ba kích series: the first year has no previous year', () => {
    const rows = yearOnYear(baKichRevenue);
    expect(rows[0]).toEqual({ year: 2014, value: 4530, change: null, changePercent: null });
    expect(rows[2].change).toBe(3461);
    expect(roundForDisplay(rows[2].changePercent)).toBe(71.21);
    expect(roundForDisplay(rows[5].changePercent)).toBe(10.3);
  });
});

describe('display', () => {
  it('rounds only for display, in vi-VN', () => {
    const exact = averageGrowthRate(4, 10, 2)!;
    expect(exact).not.toBe(58.11);
    expect(formatPercentVi(exact)).toBe('58,11%');
    expect(formatPercentVi(null)).toBe('–');
    expect(formatNumberVi(110340)).toBe('110.340');
    expect(roundForDisplay(-1.125)).toBe(-1.13);
  });
});
