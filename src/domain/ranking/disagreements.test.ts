import { describe, expect, it } from 'vitest';
import { officialSet } from './__fixtures__/sheets';
import { sheetFor } from '../criteria/sheets';
import { disagreementsOf } from './disagreements';

/** The 1048/2019 sheet of the set "Chè tươi, chế biến": A1.1 a/b/c = 1/2/3 points, A1.2 a/b/c/d = 0/1/2/3, A1.3 a–d = 1–4, A1.4 a/b/c = 0/1/2. */
const sheet = sheetFor(officialSet('1048-2019'), 's1.5.1')!;

const lan = { memberId: 'u1', memberName: 'Lan', answers: { 'A1.1': 'c', 'A1.2': 'a', 'A1.3': 'b', 'A1.4': 'b' }, comments: { 'A1.2': 'Chỉ sơ chế, chưa chế biến' } };
const minh = { memberId: 'u2', memberName: 'Minh', answers: { 'A1.1': 'c', 'A1.2': 'd', 'A1.3': 'c', 'A1.4': 'b' }, comments: { 'A1.2': 'Có dây chuyền sấy lạnh' } };
const hoa = { memberId: 'u3', memberName: 'Hoa', answers: { 'A1.1': 'c', 'A1.3': 'b' }, comments: { 'A1.2': ' Cần xem hồ sơ máy móc ', 'A1.1': '  ' } };

describe('disagreementsOf', () => {
  it('by default flags what the results flag (a spread above half the maximum), with every comment', () => {
    // A1.2 (max 3): 0 vs 3, spread 3 > 1.5; A1.3 (max 4): spread 1 ≤ 2 — not flagged.
    expect(disagreementsOf(sheet, [lan, minh, hoa]).map((d) => [d.criterionCode, d.spread])).toEqual([['A1.2', 3]]);
  });

  it('lists the criteria whose chosen points differ by at least the threshold in points, with every comment', () => {
    const found = disagreementsOf(sheet, [lan, minh, hoa], 1);
    // A1.1: all chose c (3 points) — no disagreement; A1.4: both b — none.
    // A1.2: Lan a (0) vs Minh d (3): spread 3; Hoa left it unanswered but commented.
    // A1.3: Lan b (2), Minh c (3), Hoa b (2): spread 1.
    expect(found.map((d) => [d.criterionCode, d.lowest, d.highest, d.spread])).toEqual([
      ['A1.2', 0, 3, 3],
      ['A1.3', 2, 3, 1],
    ]);
    const a12 = found[0];
    expect(a12.maxPoints).toBe(3);
    expect(a12.members).toEqual([
      expect.objectContaining({ memberName: 'Lan', optionCode: 'a', points: 0, comment: 'Chỉ sơ chế, chưa chế biến' }),
      expect.objectContaining({ memberName: 'Minh', optionCode: 'd', points: 3, comment: 'Có dây chuyền sấy lạnh' }),
    ]);
    expect(a12.otherComments).toEqual([{ memberId: 'u3', memberName: 'Hoa', comment: 'Cần xem hồ sơ máy móc' }]);
    expect(found[1].members.map((m) => m.comment)).toEqual([null, null, null]);
  });

  it('a higher threshold keeps only the wide spreads; a single sheet disagrees with no one', () => {
    expect(disagreementsOf(sheet, [lan, minh, hoa], 2).map((d) => d.criterionCode)).toEqual(['A1.2']);
    expect(disagreementsOf(sheet, [lan, minh, hoa], 4)).toEqual([]);
    expect(disagreementsOf(sheet, [lan], 1)).toEqual([]);
  });

  it('threshold 0 lists different options even at equal points', () => {
    const same = { ...sheet, criteria: [{ ...sheet.criteria[0], options: sheet.criteria[0].options.map((o) => ({ ...o, points: 1 })) }] };
    const a = { memberId: 'x', memberName: 'X', answers: { 'A1.1': 'a' } };
    const b = { memberId: 'y', memberName: 'Y', answers: { 'A1.1': 'b' } };
    expect(disagreementsOf(same, [a, b], 0).map((d) => d.spread)).toEqual([0]);
    expect(disagreementsOf(same, [a, b], 1)).toEqual([]);
    expect(() => disagreementsOf(sheet, [a, b], -1)).toThrow(RangeError);
  });
});
