import { describe, expect, it } from 'vitest';
import { allSheets, sheetFor } from '../criteria/sheets';
import { PRODUCT_SETS } from '../criteria/product-sets';
import { officialSet } from './__fixtures__/sheets';
import { HAND_SCORED } from './__fixtures__/hand-scored-1048';
import { knockOutKey, scoreSheet, type Answers } from './score-sheet';
import { applyStarMinimums, roundResult } from './round-results';
import { recognitionOutcome } from './recognition';
import type { CriteriaSet } from '../criteria/types';

const version = officialSet('1048-2019');
const sheet = (code: string): CriteriaSet => {
  const s = sheetFor(version, code);
  if (!s) throw new Error(`no sheet ${code}`);
  return s;
};
const best = (set: CriteriaSet): Record<string, string> =>
  Object.fromEntries(set.criteria.map((c) => [c.code, [...c.options].sort((a, b) => b.points - a.points)[0].code]));
const sumOf = (set: CriteriaSet, part: string) => set.criteria.filter((c) => c.part === part).reduce((s, c) => s + c.maxPoints, 0);

const INCOMPLETE = ['s3.1.1', 's1.4.1', 's2.1.2']; // criterion 6.4 missing in the source (C 38)

describe('1048/2019 + 781/2020 sheets', () => {
  const sheets = allSheets(version);

  it('has a sheet for each of the 26 product sets of 1048, and none for the ornamental sets of 2023', () => {
    const covered = sheets.flatMap((s) => version.sheets!.find((x) => x.code === s.sheet!.code)!.productSets);
    const of1048 = PRODUCT_SETS.filter((p) => !p.since).map((p) => p.code);
    expect(of1048).toHaveLength(26);
    expect([...covered].sort()).toEqual([...of1048].sort());
    expect(covered).not.toContain('5.1.1');
  });

  it('the 22 complete sheets give exactly A 35, B 25, C 40 at their best answers', () => {
    const complete = sheets.filter((s) => !s.toBeConfirmed);
    expect(complete).toHaveLength(22);
    for (const s of complete) {
      expect(`${s.sheet!.code} ${sumOf(s, 'A')}/${sumOf(s, 'B')}/${sumOf(s, 'C')}`).toBe(`${s.sheet!.code} 35/25/40`);
      expect(scoreSheet(s, best(s))).toMatchObject({ total: 100, complete: true });
    }
  });

  it('flags only the three incomplete sets and the missing "Gạo, ngũ cốc", saying why', () => {
    const flagged = sheets.filter((s) => s.toBeConfirmed).map((s) => s.sheet!.code);
    expect(flagged.sort()).toEqual([...INCOMPLETE, 's1.2.1'].sort());
    for (const code of INCOMPLETE) {
      expect(sumOf(sheet(code), 'C')).toBe(38);
      expect(sheet(code).sheet?.note?.vi).toMatch(/6\.4/);
    }
    expect(sheet('s1.2.1').sheet?.note?.vi).toMatch(/không có trong nguồn/);
    expect(version.toBeConfirmed).toBe(false);
  });

  it('keeps the option wording and points of the source (tea, 1.1 and the two cases of 3.2)', () => {
    const tea = sheet('s1.5.1');
    const a11 = tea.criteria.find((c) => c.code === 'A1.1')!;
    expect(a11.options.map((o) => [o.label.vi, o.points])).toEqual([
      ['Sử dụng nguyên liệu có nguồn gốc trong tỉnh dưới 50%', 1],
      ['Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 50% đến dưới 75%', 2],
      ['Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 75% đến 100%', 3],
    ]);
    const a32 = tea.criteria.find((c) => c.code === 'A3.2')!;
    expect(a32.options.map((o) => `${o.case}:${o.points}`)).toEqual(['1:1', '1:2', '2:0', '2:1']);
    expect(tea.criteria.find((c) => c.code === 'C6.2.2')?.heading?.vi).toBe('6.2. Nước pha');
    expect(a11.hint?.vi).toMatch(/Hợp đồng và hóa đơn/);
  });

  it.each(HAND_SCORED)('scores the hand-scored $name sheet ($sheet): $total', (h) => {
    const s = sheet(h.sheet);
    const scored = scoreSheet(s, h.answers);
    expect(scored.missing).toEqual([]);
    expect(scored.parts).toEqual(h.parts);
    expect(scored.total).toBe(h.total);
  });

  it('covers the six product groups with the hand-scored sheets', () => {
    expect(HAND_SCORED.map((h) => h.sheet.slice(1, 2))).toEqual(['1', '2', '3', '4', '4', '6']);
  });
});

describe('knock-out rules', () => {
  const tea = sheet('s1.5.1');
  const teaBest = best(tea);

  it('excludes on a declared "Bị loại nếu…" rule (all raw material imported), whatever the total', () => {
    const rule = tea.knockOuts!.find((k) => k.kind === 'excluded' && k.criterion === 'A1.1')!;
    expect(rule.trigger).toBe('declared');
    const scored = scoreSheet(tea, { ...teaBest, [knockOutKey(rule.code)]: 'yes' });
    expect(scored.total).toBe(100);
    expect(scored.disqualified).toEqual([expect.objectContaining({ criterionCode: 'A1.1', reason: rule.reason })]);
    const result = roundResult(tea, { sheets: ['m1', 'm2', 'm3'].map((memberId, i) => ({ memberId, answers: i < 2 ? { ...teaBest, [knockOutKey(rule.code)]: 'yes' } : teaBest })) });
    expect(result.disqualified).toBe(true);
    expect(recognitionOutcome('1048-2019', 'province', result.total, { disqualified: result.disqualified, stopped: result.stopped })).toEqual({
      action: 'not-recognised',
      stars: 5,
      reason: 'disqualified',
    });
    expect(scoreSheet(tea, { ...teaBest, [knockOutKey(rule.code)]: 'no' }).disqualified).toEqual([]);
  });

  it('stops scoring on a declared "Không đánh giá các bước tiếp theo" rule: later criteria are not scored nor required', () => {
    const rule = tea.knockOuts!.find((k) => k.kind === 'stop' && k.criterion === 'C9')!;
    const answers: Record<string, string> = { ...teaBest, [knockOutKey(rule.code)]: 'yes' };
    delete answers.C10; // after the stop: not required
    const scored = scoreSheet(tea, answers);
    expect(scored.complete).toBe(true);
    expect(scored.stopped).toEqual([expect.objectContaining({ rule: rule.code, criterionCode: 'C9' })]);
    expect(scored.total).toBe(95); // C10 (5) not scored
    const result = roundResult(tea, { sheets: [{ memberId: 'm1', answers }, { memberId: 'm2', answers }] });
    expect(result.stopped).toBe(true);
    expect(recognitionOutcome('1048-2019', 'province', result.total, { stopped: result.stopped, stars: result.stars })).toMatchObject({ action: 'not-recognised', reason: 'stopped' });
  });

  it('stops scoring when a criterion the rule names scores 0 ("Nếu bị 0 điểm…")', () => {
    const veg = sheet('s1.3.2');
    const rule = veg.knockOuts!.find((k) => k.trigger === 'zero')!;
    expect(rule).toMatchObject({ kind: 'stop', criterion: 'C6.1', criteria: ['C6.1'] });
    const zero = veg.criteria.find((c) => c.code === 'C6.1')!.options.find((o) => o.points === 0)!.code;
    expect(scoreSheet(veg, { ...best(veg), 'C6.1': zero }).stopped).toHaveLength(1);
    expect(scoreSheet(veg, best(veg)).stopped).toEqual([]);
    // Mineral water: 0 in any of the sensory items 6.1–6.4 stops it.
    const water = sheet('s2.2.1');
    expect(water.knockOuts!.find((k) => k.trigger === 'zero')?.criteria).toEqual(['C6.1', 'C6.2', 'C6.3', 'C6.4']);
  });

  it('a single member stopping does not stop the council (majority, as for exclusion)', () => {
    const rule = tea.knockOuts!.find((k) => k.kind === 'stop')!;
    const result = roundResult(tea, { sheets: [{ memberId: 'a', answers: { ...teaBest, [knockOutKey(rule.code)]: 'yes' } }, { memberId: 'b', answers: teaBest }, { memberId: 'c', answers: teaBest }] });
    expect(result.stopped).toBe(false);
    expect(result.knockOutHits).toEqual([expect.objectContaining({ rule: rule.code, members: 1 })]);
  });

  it('refuses a knock-out the sheet does not have', () => {
    expect(() => scoreSheet(tea, { [knockOutKey('KO99')]: 'yes' })).toThrow();
  });
});

describe('per-star minimums (781/2020)', () => {
  const tea = sheet('s1.5.1');

  it('lists the known minimums of the tea sheet and leaves 5★ empty', () => {
    expect(tea.starMinimums!.map((m) => `${m.stars}★ ${m.criterion}≥${m.minPoints}`)).toEqual(['2★ C8.1≥1', '3★ C8.1≥2', '3★ C9≥3', '4★ C7≥3']);
    expect(tea.starMinimums!.some((m) => m.stars === 5)).toBe(false);
    expect(version.minimumsNote?.vi).toMatch(/5 sao chưa rõ/);
  });

  it('a product at 72 points missing the 4★ minimum (distinctive quality) is recognised 3★', () => {
    // Best everywhere (100), then C7 "Tương đối độc đáo" 5→1 (1 < 3: the 4★ minimum is missed), C10 5→1,
    // A1.5 5→1, A1.3 4→1, B4.1 5→1, B4.2 5→0, B4.3 5→1: 100 − 4 − 4 − 4 − 3 − 4 − 5 − 4 = 72.
    const answers: Answers = { ...best(tea), C7: 'b', C10: 'a', 'A1.5': 'a', 'A1.3': 'a', 'B4.1': 'a', 'B4.2': 'a', 'B4.3': 'b' };
    const scored = scoreSheet(tea, answers);
    expect(scored.total).toBe(72);
    const result = roundResult(tea, { sheets: [{ memberId: 'm1', answers }] });
    expect(result.starsByTotal).toBe(4);
    expect(result.stars).toBe(3);
    expect(result.missedMinimums).toEqual([expect.objectContaining({ stars: 4, criterion: 'C7', minPoints: 3, mean: 1 })]);
    expect(recognitionOutcome('1048-2019', 'province', result.total, { stars: result.stars })).toEqual({ action: 'recognise', stars: 3 });
  });

  it('drops to the highest class whose minimums (cumulative) are met', () => {
    const minimums = tea.starMinimums!;
    expect(applyStarMinimums(5, minimums, { 'C8.1': 3, C9: 3, C7: 3 }).stars).toBe(5);
    expect(applyStarMinimums(5, minimums, { 'C8.1': 3, C9: 2, C7: 5 }).stars).toBe(2); // 3★ minimum missed
    expect(applyStarMinimums(4, minimums, { 'C8.1': 0, C9: 5, C7: 5 }).stars).toBe(1); // 2★ minimum missed
    expect(applyStarMinimums(2, minimums, { 'C8.1': 1 }).stars).toBe(2); // 3★ minimums do not apply to a 2★ total
  });

  it('the tourism set has no known minimums', () => {
    expect(sheet('s6.1.1').starMinimums).toEqual([]);
  });
});
