import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { loadOfficialCriteriaSets } from '../criteria/official';
import type { AuthorityLevel, CriteriaSet } from '../criteria/types';
import { RecognitionRuleError } from './errors';
import {
  canRecognise,
  levelsAllowedToRecognise,
  procedureLevels,
  recognitionOutcome,
  recognitionRules,
  ruleVersionForDate,
} from './recognition';

describe('ruleVersionForDate', () => {
  it.each([
    ['2019-08-20', undefined],
    ['2019-08-21', '1048-2019'],
    ['2023-02-23', '1048-2019'],
    ['2023-02-24', '148-2023'],
    ['2025-06-30', '148-2023'],
    ['2025-07-01', '1489-2025'],
    ['2026-05-10', '1489-2025'],
  ])('%s → %s', (date, rule) => {
    expect(ruleVersionForDate(date)).toBe(rule);
  });

  it('rejects malformed dates', () => {
    expect(() => ruleVersionForDate('24/02/2023')).toThrow(ValidationError);
  });
});

describe('recognitionOutcome under 1048/2019', () => {
  const r = (level: AuthorityLevel, total: number) => recognitionOutcome('1048-2019', level, total);

  it('district scores and forwards 50 or more to the province', () => {
    expect(r('district', 49.99)).toEqual({ action: 'not-recognised', stars: 2, reason: 'below-3-stars' });
    expect(r('district', 50)).toEqual({ action: 'forward', to: 'province', provisionalStars: 3 });
    expect(r('district', 75)).toEqual({ action: 'forward', to: 'province', provisionalStars: 4 });
    expect(r('district', 95)).toEqual({ action: 'forward', to: 'province', provisionalStars: 5 });
  });

  it('province recognises 3★–4★ and forwards 90 or more to the centre', () => {
    expect(r('province', 49.99)).toEqual({ action: 'not-recognised', stars: 2, reason: 'below-3-stars' });
    expect(r('province', 50)).toEqual({ action: 'recognise', stars: 3 });
    expect(r('province', 69.99)).toEqual({ action: 'recognise', stars: 3 });
    expect(r('province', 70)).toEqual({ action: 'recognise', stars: 4 });
    expect(r('province', 89.99)).toEqual({ action: 'recognise', stars: 4 });
    expect(r('province', 90)).toEqual({ action: 'forward', to: 'central', provisionalStars: 5 });
  });

  it('centre recognises 5★; a lower score goes back to the province', () => {
    expect(r('central', 90)).toEqual({ action: 'recognise', stars: 5 });
    expect(r('central', 89)).toEqual({ action: 'not-recognised', stars: 4, reason: 'outside-level-range', recognisableAt: 'province' });
  });

  it('has no commune level', () => {
    expect(() => r('commune', 60)).toThrow(RecognitionRuleError);
  });
});

describe('recognitionOutcome under 148/2023', () => {
  const r = (level: AuthorityLevel, total: number) => recognitionOutcome('148-2023', level, total);

  it('district recognises 3★ and forwards 70 or more', () => {
    expect(r('district', 29.99)).toEqual({ action: 'not-recognised', stars: 1, reason: 'below-3-stars' });
    expect(r('district', 49.99)).toEqual({ action: 'not-recognised', stars: 2, reason: 'below-3-stars' });
    expect(r('district', 50)).toEqual({ action: 'recognise', stars: 3 });
    expect(r('district', 69.99)).toEqual({ action: 'recognise', stars: 3 });
    expect(r('district', 70)).toEqual({ action: 'forward', to: 'province', provisionalStars: 4 });
  });

  it('province recognises 4★ and forwards 90 or more', () => {
    expect(r('province', 70)).toEqual({ action: 'recognise', stars: 4 });
    expect(r('province', 89.99)).toEqual({ action: 'recognise', stars: 4 });
    expect(r('province', 90)).toEqual({ action: 'forward', to: 'central', provisionalStars: 5 });
    expect(r('province', 65)).toEqual({ action: 'not-recognised', stars: 3, reason: 'outside-level-range', recognisableAt: 'district' });
  });

  it('centre recognises 5★', () => {
    expect(r('central', 90)).toEqual({ action: 'recognise', stars: 5 });
    expect(r('central', 100)).toEqual({ action: 'recognise', stars: 5 });
  });

  it('has no commune level', () => {
    expect(() => r('commune', 60)).toThrow(RecognitionRuleError);
  });
});

describe('recognitionOutcome under 1489/2025', () => {
  const r = (level: AuthorityLevel, total: number) => recognitionOutcome('1489-2025', level, total);

  it('commune pre-assesses and proposes to the province, recognising nothing', () => {
    expect(r('commune', 20)).toEqual({ action: 'forward', to: 'province', provisionalStars: 1 });
    expect(r('commune', 60)).toEqual({ action: 'forward', to: 'province', provisionalStars: 3 });
    expect(r('commune', 95)).toEqual({ action: 'forward', to: 'province', provisionalStars: 5 });
  });

  it('province recognises 3★ and 4★ and proposes 90 or more to the centre', () => {
    expect(r('province', 49.99)).toEqual({ action: 'not-recognised', stars: 2, reason: 'below-3-stars' });
    expect(r('province', 50)).toEqual({ action: 'recognise', stars: 3 });
    expect(r('province', 70)).toEqual({ action: 'recognise', stars: 4 });
    expect(r('province', 89.99)).toEqual({ action: 'recognise', stars: 4 });
    expect(r('province', 90)).toEqual({ action: 'forward', to: 'central', provisionalStars: 5 });
    expect(r('province', 100)).toEqual({ action: 'forward', to: 'central', provisionalStars: 5 });
  });

  it('centre recognises 5★', () => {
    expect(r('central', 92)).toEqual({ action: 'recognise', stars: 5 });
    expect(r('central', 80)).toEqual({ action: 'not-recognised', stars: 4, reason: 'outside-level-range', recognisableAt: 'province' });
  });

  it('has no district level any more', () => {
    expect(() => r('district', 60)).toThrow(RecognitionRuleError);
  });
});

describe('date boundaries decide the procedure', () => {
  const atDistrict = (date: string, total: number) => recognitionOutcome(ruleVersionForDate(date)!, 'district', total);
  it('a district round of 23/02/2023 forwards a 60, one of 24/02/2023 recognises it', () => {
    expect(atDistrict('2023-02-23', 60)).toEqual({ action: 'forward', to: 'province', provisionalStars: 3 });
    expect(atDistrict('2023-02-24', 60)).toEqual({ action: 'recognise', stars: 3 });
  });

  it('a district round is possible on 30/06/2025, not on 01/07/2025', () => {
    expect(atDistrict('2025-06-30', 60)).toEqual({ action: 'recognise', stars: 3 });
    expect(() => atDistrict('2025-07-01', 60)).toThrow(RecognitionRuleError);
  });

  it('a provincial 60 is recognised from 01/07/2025 but not on 30/06/2025', () => {
    expect(recognitionOutcome(ruleVersionForDate('2025-06-30')!, 'province', 60)).toMatchObject({ action: 'not-recognised' });
    expect(recognitionOutcome(ruleVersionForDate('2025-07-01')!, 'province', 60)).toEqual({ action: 'recognise', stars: 3 });
  });
});

describe('5★ is never recognised below the centre', () => {
  it('holds for every version, level and total', () => {
    for (const rule of ['1048-2019', '148-2023', '1489-2025']) {
      for (const level of procedureLevels(rule)) {
        if (level === 'central') continue;
        for (let total = 0; total <= 100; total += 0.25) {
          const outcome = recognitionOutcome(rule, level, total);
          expect(outcome.action === 'recognise' && outcome.stars === 5, `${rule} ${level} ${total}`).toBe(false);
        }
      }
    }
  });

  it('holds even if the data wrongly lets the province recognise 5★', () => {
    const official = loadOfficialCriteriaSets();
    const tampered: CriteriaSet = structuredClone(official[2]);
    tampered.recognition.levels[1] = { level: 'province', recognises: [3, 4, 5] };
    const sets = [official[0], official[1], tampered];
    expect(recognitionOutcome('1489-2025', 'province', 95, { sets })).toEqual({ action: 'forward', to: 'central', provisionalStars: 5 });
    expect(canRecognise('1489-2025', 'province', 5, sets)).toBe(false);
  });
});

describe('disqualified products', () => {
  it('are never recognised nor forwarded', () => {
    expect(recognitionOutcome('1489-2025', 'province', 75, { disqualified: true })).toEqual({ action: 'not-recognised', stars: 4, reason: 'disqualified' });
    expect(recognitionOutcome('1489-2025', 'commune', 75, { disqualified: true })).toEqual({ action: 'not-recognised', stars: 4, reason: 'disqualified' });
  });
});

describe('levelsAllowedToRecognise, canRecognise, procedureLevels', () => {
  it('lists who recognises what', () => {
    expect(levelsAllowedToRecognise('1048-2019')).toEqual([
      { level: 'province', stars: [3, 4] },
      { level: 'central', stars: [5] },
    ]);
    expect(levelsAllowedToRecognise('148-2023')).toEqual([
      { level: 'district', stars: [3] },
      { level: 'province', stars: [4] },
      { level: 'central', stars: [5] },
    ]);
    expect(levelsAllowedToRecognise('1489-2025')).toEqual([
      { level: 'province', stars: [3, 4] },
      { level: 'central', stars: [5] },
    ]);
  });

  it('answers whether a level may certify a class', () => {
    expect(canRecognise('148-2023', 'district', 3)).toBe(true);
    expect(canRecognise('148-2023', 'province', 3)).toBe(false);
    expect(canRecognise('148-2023', 'province', 4)).toBe(true);
    expect(canRecognise('1489-2025', 'province', 3)).toBe(true);
    expect(canRecognise('1489-2025', 'province', 5)).toBe(false);
    expect(canRecognise('1489-2025', 'central', 5)).toBe(true);
    expect(canRecognise('1489-2025', 'commune', 3)).toBe(false);
    expect(canRecognise('1489-2025', 'district', 3)).toBe(false);
    expect(canRecognise('1048-2019', 'district', 3)).toBe(false);
    expect(canRecognise('1048-2019', 'province', 2)).toBe(false);
  });

  it('lists the levels of each procedure bottom-up', () => {
    expect(procedureLevels('1048-2019')).toEqual(['district', 'province', 'central']);
    expect(procedureLevels('148-2023')).toEqual(['district', 'province', 'central']);
    expect(procedureLevels('1489-2025')).toEqual(['commune', 'province', 'central']);
  });

  it('rejects an unknown rule version', () => {
    expect(() => recognitionRules('999-2030')).toThrow(RecognitionRuleError);
    expect(() => recognitionOutcome('999-2030', 'province', 80)).toThrow(RecognitionRuleError);
  });

  it('rejects totals outside 0..100', () => {
    expect(() => recognitionOutcome('148-2023', 'province', 100.5)).toThrow(RangeError);
  });
});
