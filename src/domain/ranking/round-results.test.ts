import { describe, expect, it } from 'vitest';
import { extremeSheet, officialSet, SHEET_58, without } from './__fixtures__/sheets';
import { RoundResultError } from './errors';
import { roundResult, type MemberSheet } from './round-results';

const set = officialSet('148-2023');

// m1: 58 (A 27, B 13, C 18)
// m2: C1.1 d (6, +2) and B1.1 e (6, +4) → 64 (A 27, B 17, C 20)
// m3: C1.1 a (0, −4) and A1.1 a (0, −3, disqualifying) → 51 (A 24, B 13, C 14)
const m1: MemberSheet = { memberId: 'm1', answers: SHEET_58 };
const m2: MemberSheet = { memberId: 'm2', answers: { ...SHEET_58, 'C1.1': 'd', 'B1.1': 'e' } };
const m3: MemberSheet = { memberId: 'm3', answers: { ...SHEET_58, 'C1.1': 'a', 'A1.1': 'a' } };

const problemsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RoundResultError);
    return (e as RoundResultError).problems;
  }
  throw new Error('expected a RoundResultError');
};

describe('roundResult', () => {
  it('computes per-part and total means of a three-member council (hand-computed)', () => {
    const r = roundResult(set, { sheets: [m1, m2, m3] });
    expect(r.memberTotals).toEqual([
      { memberId: 'm1', total: 58 },
      { memberId: 'm2', total: 64 },
      { memberId: 'm3', total: 51 },
    ]);
    expect(r.total).toBeCloseTo(57.666666666, 8); // 173 / 3
    expect(r.partMeans.A).toBe(26); // (27 + 27 + 24) / 3
    expect(r.partMeans.B).toBeCloseTo(14.333333333, 8); // (13 + 17 + 13) / 3
    expect(r.partMeans.C).toBeCloseTo(17.333333333, 8); // (18 + 20 + 14) / 3
    expect(r.stars).toBe(3);
    expect(r.criterionMeans['C1.1']).toBeCloseTo(3.333333333, 8); // (4 + 6 + 0) / 3
    expect(r.criterionMeans['A1.4']).toBe(2);
    expect(r.memberIds).toEqual(['m1', 'm2', 'm3']);
  });

  it('flags criteria whose spread exceeds half their maximum', () => {
    const r = roundResult(set, { sheets: [m1, m2, m3] });
    expect(r.disagreements).toEqual([
      { criterionCode: 'A1.1', maxPoints: 4, min: 0, max: 3, range: 3 }, // 3 > 2
      { criterionCode: 'B1.1', maxPoints: 6, min: 2, max: 6, range: 4 }, // 4 > 3
      { criterionCode: 'C1.1', maxPoints: 6, min: 0, max: 6, range: 6 }, // 6 > 3
    ]);
  });

  it('does not flag a spread of exactly half the maximum', () => {
    // A1.4 (max 2): 1 vs 2 is a range of 1 = half → not flagged; 0 vs 2 → flagged.
    const half = roundResult(set, { sheets: [m1, { memberId: 'm4', answers: { ...SHEET_58, 'A1.4': 'b' } }] });
    expect(half.disagreements).toEqual([]);
    const wide = roundResult(set, { sheets: [m1, { memberId: 'm4', answers: { ...SHEET_58, 'A1.4': 'a' } }] });
    expect(wide.disagreements.map((d) => d.criterionCode)).toEqual(['A1.4']);
  });

  it('uses the unrounded mean for the class: 70, 70 and 69 give 3★', () => {
    // From SHEET_58 (58): +12 = C4.1 d (+6), C3.3 d (+4), A1.6 c (+2) → 70; −1 with A1.6 b → 69.
    const at70 = { ...SHEET_58, 'C4.1': 'd', 'C3.3': 'd', 'A1.6': 'c' };
    const r = roundResult(set, {
      sheets: [
        { memberId: 'a', answers: at70 },
        { memberId: 'b', answers: at70 },
        { memberId: 'c', answers: { ...at70, 'A1.6': 'b' } },
      ],
    });
    expect(r.memberTotals.map((t) => t.total)).toEqual([70, 70, 69]);
    expect(r.total).toBeCloseTo(69.666666666, 8);
    expect(r.stars).toBe(3);
  });

  it('leaves out members with a conflict of interest, whatever their sheet holds', () => {
    const conflicted: MemberSheet = { memberId: 'm9', answers: { 'A1.1': 'nonsense' } };
    const r = roundResult(set, { sheets: [m1, conflicted, m2], conflictedMemberIds: ['m9'] });
    expect(r.memberIds).toEqual(['m1', 'm2']);
    expect(r.excludedMemberIds).toEqual(['m9']);
    expect(r.total).toBe(61); // (58 + 64) / 2
    expect(r.stars).toBe(3);
  });

  it('works with a single sheet', () => {
    const r = roundResult(set, { sheets: [{ memberId: 'solo', answers: extremeSheet(set, 'max') }] });
    expect(r).toMatchObject({ total: 100, stars: 5, partMeans: { A: 40, B: 25, C: 35 }, disagreements: [], disqualified: false });
  });

  describe('disqualification (more than half of the counted members)', () => {
    const out = (id: string): MemberSheet => ({ memberId: id, answers: { ...SHEET_58, 'A1.1': 'a' } });
    const keep = (id: string): MemberSheet => ({ memberId: id, answers: SHEET_58 });

    it('is not decided by one member of three', () => {
      const r = roundResult(set, { sheets: [m1, m2, m3] });
      expect(r.disqualified).toBe(false);
      expect(r.disqualifyingVotes).toEqual([
        { memberId: 'm3', criterionCode: 'A1.1', optionCode: 'a', reason: expect.objectContaining({ en: 'A product that uses no local raw material is excluded' }) },
      ]);
    });

    it('is not decided by a tie', () => {
      expect(roundResult(set, { sheets: [out('a'), out('b'), keep('c'), keep('d')] }).disqualified).toBe(false);
    });

    it('is decided by a majority', () => {
      expect(roundResult(set, { sheets: [out('a'), out('b'), keep('c')] }).disqualified).toBe(true);
      expect(roundResult(set, { sheets: [out('a'), out('b'), out('c'), keep('d'), keep('e')] }).disqualified).toBe(true);
      expect(roundResult(set, { sheets: [out('only')] }).disqualified).toBe(true);
    });

    it('counts only members without a conflict', () => {
      const r = roundResult(set, { sheets: [out('a'), out('b'), keep('c')], conflictedMemberIds: new Set(['a']) });
      expect(r.disqualified).toBe(false); // 1 of 2
    });
  });

  describe('errors', () => {
    it('needs at least one counted sheet', () => {
      expect(problemsOf(() => roundResult(set, { sheets: [] }))).toEqual([{ path: 'sheets', code: 'errors.round.noSheets' }]);
      expect(problemsOf(() => roundResult(set, { sheets: [m1], conflictedMemberIds: ['m1'] }))).toEqual([
        { path: 'sheets', code: 'errors.round.noSheets' },
      ]);
    });

    it('refuses incomplete sheets, naming the member and the criteria', () => {
      const partial = without(SHEET_58, 'C4.1', 'A2.1');
      expect(problemsOf(() => roundResult(set, { sheets: [m1, { memberId: 'm2', answers: partial }] }))).toEqual([
        { path: 'sheets.1.answers', code: 'errors.round.incompleteSheet', params: { member: 'm2', missing: 'A2.1, C4.1' } },
      ]);
    });

    it('refuses two sheets from one member', () => {
      expect(problemsOf(() => roundResult(set, { sheets: [m1, m2, { ...m3, memberId: 'm1' }] }))).toEqual([
        { path: 'sheets.2.memberId', code: 'errors.round.duplicateSheet', params: { member: 'm1' } },
      ]);
    });

    it('reports unknown codes with the sheet in the path', () => {
      expect(problemsOf(() => roundResult(set, { sheets: [m1, { memberId: 'm2', answers: { ...SHEET_58, 'B1.2': 'q' } }] }))).toEqual([
        { path: 'sheets.1.answers.B1.2', code: 'errors.scoreSheet.unknownOption', params: { criterion: 'B1.2', option: 'q' } },
      ]);
    });
  });
});
