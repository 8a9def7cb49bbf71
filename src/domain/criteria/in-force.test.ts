import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { AmbiguousCriteriaSetError, criteriaSetInForce, isInForce } from './in-force';
import { loadOfficialCriteriaSets } from './official';
import type { CriteriaSet, ProductGroupCode } from './types';

const official = loadOfficialCriteriaSets();
const inForce = (date: string, group: ProductGroupCode = '1', sets: readonly CriteriaSet[] = official) =>
  criteriaSetInForce(sets, date, group)?.code;

/** A copy of a shipped set with some fields changed. */
const variant = (base: CriteriaSet, patch: Partial<CriteriaSet>): CriteriaSet => ({ ...structuredClone(base), ...patch });

describe('criteriaSetInForce', () => {
  it('has no national set before Decision 1048 took effect', () => {
    expect(inForce('2019-08-20')).toBeUndefined();
  });

  it.each([
    ['2019-08-21', '1048-2019'],
    ['2021-06-08', '1048-2019'],
    ['2023-02-23', '1048-2019'],
    ['2023-02-24', '148-2023'],
    ['2025-06-30', '148-2023'],
    ['2025-07-01', '1489-2025'],
    ['2040-01-01', '1489-2025'],
  ])('on %s uses %s', (date, code) => {
    expect(inForce(date)).toBe(code);
  });

  it('applies to every product group, including ornamental plants and tourism', () => {
    for (const g of ['1', '2', '3', '4', '5', '6'] as const) expect(inForce('2024-05-01', g)).toBe('148-2023');
  });

  it('ignores draft and withdrawn versions', () => {
    const draft = variant(official[2], { code: '1489-2025-r2', effectiveFrom: '2025-08-01', status: 'draft' });
    const withdrawn = variant(official[2], { code: '1489-2025-x', effectiveFrom: '2025-09-01', status: 'withdrawn' });
    expect(inForce('2025-10-01', '1', [...official, draft, withdrawn])).toBe('1489-2025');
  });

  it('prefers the version that started later, then the one for fewer groups', () => {
    const later = variant(official[2], { code: '1489-2025-r2', effectiveFrom: '2026-01-01' });
    expect(inForce('2025-12-31', '1', [...official, later])).toBe('1489-2025');
    expect(inForce('2026-01-01', '1', [...official, later])).toBe('1489-2025-r2');
    const food = variant(official[2], { code: '1489-2025-food', groups: ['1'] });
    expect(inForce('2025-08-01', '1', [...official, food])).toBe('1489-2025-food');
    expect(inForce('2025-08-01', '2', [...official, food])).toBe('1489-2025');
  });

  it('returns undefined for a group no set covers', () => {
    const foodOnly = [variant(official[1], { groups: ['1'] })];
    expect(inForce('2024-01-01', '6', foodOnly)).toBeUndefined();
  });

  it('refuses to guess between two equally specific versions', () => {
    const twin = variant(official[2], { code: '1489-2025-twin' });
    expect(() => criteriaSetInForce([...official, twin], '2025-08-01', '3')).toThrow(AmbiguousCriteriaSetError);
    try {
      criteriaSetInForce([...official, twin], '2025-08-01', '3');
    } catch (e) {
      expect((e as AmbiguousCriteriaSetError).params).toEqual({ codes: '1489-2025, 1489-2025-twin', date: '2025-08-01', group: '3' });
    }
  });

  it('rejects a malformed date', () => {
    expect(() => inForce('2023-2-24')).toThrow(ValidationError);
    expect(() => inForce('2023-02-30')).toThrow(ValidationError);
  });
});

describe('isInForce', () => {
  it('includes both ends of the range', () => {
    const s148 = official[1];
    expect(isInForce(s148, '2023-02-23')).toBe(false);
    expect(isInForce(s148, '2023-02-24')).toBe(true);
    expect(isInForce(s148, '2025-06-30')).toBe(true);
    expect(isInForce(s148, '2025-07-01')).toBe(false);
    expect(isInForce(official[2], '9999-12-31')).toBe(true);
  });
});
