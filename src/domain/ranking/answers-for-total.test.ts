import { describe, expect, it } from 'vitest';
import { allSheets } from '../criteria/sheets';
import type { CriteriaSet } from '../criteria/types';
import { officialSet } from './__fixtures__/sheets';
import { answersForTotal, safeOptions } from './answers-for-total';
import { applyStarMinimums, roundResult } from './round-results';
import { scoreSheet } from './score-sheet';
import { starClass, type StarClass } from './stars';

const version = officialSet('1048-2019');
const sheets = allSheets(version);
const TARGETS = [35, 50, 57, 63, 69, 70, 76, 83, 89];

/** Points of each criterion as `applyStarMinimums` reads the council's means (one sheet: its own points). */
const classOf = (sheet: CriteriaSet, answers: Record<string, string>): StarClass => {
  const scored = scoreSheet(sheet, answers);
  return applyStarMinimums(starClass(scored.total, sheet.starBands), sheet.starMinimums ?? [], scored.points).stars;
};

describe('answersForTotal on the 26 sheets of 1048/2019 + 781/2020', () => {
  it('adds up to the target on every sheet, complete, without knock-outs or disqualifying answers, in the target’s class', () => {
    expect(sheets).toHaveLength(26);
    for (const sheet of sheets) {
      for (const target of TARGETS) {
        const answers = answersForTotal(sheet, target, { seed: target });
        const scored = scoreSheet(sheet, answers);
        const where = `${sheet.sheet!.code} @${target}`;
        expect(`${where}: ${scored.total}`).toBe(`${where}: ${target}`);
        expect(scored.complete, where).toBe(true);
        expect(scored.knockOuts, where).toEqual([]);
        expect(scored.disqualified, where).toEqual([]);
        expect(scored.stopped, where).toEqual([]);
        // every declared knock-out is answered, "no"
        for (const k of sheet.knockOuts ?? []) if (k.trigger === 'declared') expect(answers[`ko:${k.code}`], where).toBe('no');
        expect(classOf(sheet, answers), where).toBe(starClass(target));
      }
    }
  });

  it('meets the minimums of the class and of every class below it', () => {
    // s2.2.1 (bottled water): 2★ and 3★ minimums on C8.1 and C9, 4★ on C7 ("Độc đáo", 5 points)
    const water = sheets.find((s) => s.sheet!.code === 's2.2.1')!;
    expect(water.starMinimums!.map((m) => `${m.stars}:${m.criterion}>=${m.minPoints}`)).toEqual(['2:C8.1>=1', '3:C8.1>=2', '3:C9>=3', '4:C7>=5']);
    for (const target of [70, 72, 80]) {
      const points = scoreSheet(water, answersForTotal(water, target)).points;
      expect([points['C8.1'] >= 2, points.C9 >= 3, points.C7 >= 5]).toEqual([true, true, true]);
    }
    // a 3★ sheet need not meet the 4★ minimum, but meets the 3★ ones
    const three = scoreSheet(water, answersForTotal(water, 52, { seed: 3 })).points;
    expect([three['C8.1'] >= 2, three.C9 >= 3]).toEqual([true, true]);
    // options below a minimum are not offered to a class that needs it
    const c7 = water.criteria.find((c) => c.code === 'C7')!;
    expect(safeOptions(water, c7, 4).every((o) => o.points >= 5)).toBe(true);
    expect(safeOptions(water, c7, 3).some((o) => o.points < 5)).toBe(true);
  });

  it('is deterministic, and the seed spreads the points differently for the same total', () => {
    const sheet = sheets.find((s) => s.sheet!.code === 's1.3.1')!;
    expect(answersForTotal(sheet, 63, { seed: 7 })).toEqual(answersForTotal(sheet, 63, { seed: 7 }));
    expect(answersForTotal(sheet, 63, { seed: 7 })).not.toEqual(answersForTotal(sheet, 63, { seed: 8 }));
  });

  it('gives a council whose mean lands in the class: five members around 76 are 4★', () => {
    const sheet = sheets.find((s) => s.sheet!.code === 's2.1.1')!;
    const result = roundResult(sheet, { sheets: [74, 75, 76, 77, 78].map((t, m) => ({ memberId: `m${m}`, answers: answersForTotal(sheet, t, { seed: m }) })) });
    expect(result).toMatchObject({ total: 76, stars: 4, starsByTotal: 4, missedMinimums: [], disqualified: false, stopped: false, knockOutHits: [] });
  });

  it('stays near another sheet: members around a shared assessment differ on few criteria, by little', () => {
    const sheet = sheets.find((s) => s.sheet!.code === 's2.2.1')!;
    const base = answersForTotal(sheet, 80, { seed: 5 });
    const members = [80, 79, 81, 78, 82].map((t) => answersForTotal(sheet, t, { near: base }));
    members.forEach((m, i) => expect(scoreSheet(sheet, m).total).toBe([80, 79, 81, 78, 82][i]));
    expect(members[0]).toEqual(base);
    const result = roundResult(sheet, { sheets: members.map((answers, m) => ({ memberId: `m${m}`, answers })) });
    expect(result).toMatchObject({ total: 80, stars: 4, disagreements: [], missedMinimums: [] });
    const changed = members.map((m) => sheet.criteria.filter((c) => m[c.code] !== base[c.code]).length);
    expect(Math.max(...changed)).toBeLessThanOrEqual(2);
  });

  it('refuses a total the safe options cannot make', () => {
    const fishSauce = sheets.find((s) => s.sheet!.code === 's1.4.1')!; // part C reaches 38: at most 98
    expect(() => answersForTotal(fishSauce, 99)).toThrow(RangeError);
    expect(() => answersForTotal(fishSauce, 101)).toThrow(RangeError);
    expect(scoreSheet(fishSauce, answersForTotal(fishSauce, 98)).total).toBe(98);
  });
});
