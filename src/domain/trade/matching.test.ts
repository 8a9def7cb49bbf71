import { describe, expect, it } from 'vitest';
import { entitiesToNotify, rankMatches, scoreCandidate, type DemandWants, type MatchCandidate } from './matching';
import { provinceDistanceKm } from './provinces';

// A Hà Nội supermarket wants 2,000 bottles of fruit wine (group 02 drinks, subgroup 02.03) of 3★+, VietGAP and HACCP.
const want: DemandWants = {
  groupCode: '02', subgroupCode: '02.03', minStars: 3, deliveryProvinceCode: '01', quantity: 2000, quantityUnit: 'chai', certifications: ['VietGAP', 'HACCP'],
};

const product = (id: string, over: Partial<MatchCandidate>): MatchCandidate => ({
  productId: id, entityId: `E-${id}`, groupCode: '02', subgroupCode: '02.03', stars: 3, provinceCode: '01', capacity: null, certifications: [], ...over,
});

const candidates: MatchCandidate[] = [
  // Hà Nội, 3★, right subgroup, enough bottles, both certifications: 35 + 10 + 20 + 15 + 10 = 90
  product('A', { capacity: { output: 5000, unit: 'Chai' }, certifications: ['vietgap', 'HACCP'] }),
  // Quảng Ninh (~150 km), 5★, right subgroup, half the bottles, VietGAP only: 35 + 20 + 18 + 8 + 5 = 86
  product('B', { stars: 5, provinceCode: '22', capacity: { output: 1000, unit: 'chai' }, certifications: ['VietGAP'] }),
  // Quảng Ngãi (~760 km), 4★, other subgroup of the group, capacity in litres: 20 + 15 + 10 + 5 + 0 = 50
  product('C', { stars: 4, subgroupCode: '02.01', provinceCode: '51', capacity: { output: 9000, unit: 'lít' } }),
  // Cà Mau (~1,340 km), 4★, right subgroup, no declared capacity: 35 + 15 + 2 + 5 + 0 = 57
  product('D', { stars: 4, provinceCode: '96' }),
  // Same fit as D but 3★ and nearer (Huế, ~525 km): 35 + 10 + 13 + 5 + 0 = 63
  product('E', { provinceCode: '46' }),
  // Wrong group: not a candidate
  product('F', { groupCode: '01', subgroupCode: '01.01' }),
  // Below 3★: not a candidate
  product('G', { stars: 2 }),
];

describe('demand matching', () => {
  it('ranks the candidates by fit, with the expected scores', () => {
    const ranked = rankMatches(want, candidates);
    expect(ranked.map((m) => [m.productId, m.score])).toEqual([
      ['A', 90],
      ['B', 86],
      ['E', 63],
      ['D', 57],
      ['C', 50],
    ]);
    expect(ranked[1].parts).toEqual({ group: 35, stars: 20, distance: 18, capacity: 8, certifications: 5 });
  });

  it('leaves out other groups and classes below the one asked for', () => {
    expect(scoreCandidate(want, candidates[5])).toBeNull();
    expect(scoreCandidate(want, candidates[6])).toBeNull();
    expect(rankMatches({ ...want, minStars: 4 }, candidates).map((m) => m.productId)).toEqual(['B', 'D', 'C']);
  });

  it('without a group or quantity every certified product competes on class, distance and certifications', () => {
    const open: DemandWants = { ...want, groupCode: null, subgroupCode: null, quantity: null, certifications: [] };
    const ranked = rankMatches(open, candidates);
    // B 78; A and F 70 (same class and distance: by id); C 65; E 63; D 57
    expect(ranked.map((m) => [m.productId, m.score])).toEqual([['B', 78], ['A', 70], ['F', 70], ['C', 65], ['E', 63], ['D', 57]]);
    expect(ranked[0].score).toBe(20 + 20 + 18 + 10 + 10);
  });

  it('breaks ties by class, then distance, then id', () => {
    const tie = rankMatches(want, [product('Y', {}), product('X', {}), product('Z', { stars: 4, provinceCode: '22' })]);
    // Z: 35 + 15 + 18 + 5 + 0 = 73; X and Y: 35 + 10 + 20 + 5 + 0 = 70, in id order
    expect(tie.map((m) => [m.productId, m.score])).toEqual([['Z', 73], ['X', 70], ['Y', 70]]);
  });

  it('notifies each producer of the best matches once', () => {
    const ranked = rankMatches(want, [...candidates, { ...candidates[0], productId: 'A2' }]);
    expect(entitiesToNotify(ranked, 3)).toEqual(['E-A', 'E-B']);
  });

  it('measures distances between province seats', () => {
    expect(provinceDistanceKm('01', '01')).toBe(0);
    expect(provinceDistanceKm('01', '22')).toBeGreaterThan(120);
    expect(provinceDistanceKm('01', '22')).toBeLessThan(180);
    expect(provinceDistanceKm('01', '99')).toBeNull();
  });
});
