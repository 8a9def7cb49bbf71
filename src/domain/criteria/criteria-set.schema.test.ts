import { describe, expect, it } from 'vitest';
import raw148 from '../../../resources/criteria-sets/148-2023.json' with { type: 'json' };
import { ValidationError } from '../errors';
import { parseCriteriaSet, validateCriteriaSet } from './validate';
import type { CriteriaSet } from './types';

/** A fresh, valid, mutable copy of the 148/2023 set. */
const valid = (): CriteriaSet => structuredClone(raw148) as CriteriaSet;
const criterion = (set: CriteriaSet, code: string) => {
  const c = set.criteria.find((x) => x.code === code);
  if (!c) throw new Error(code);
  return c;
};
const indexOf = (set: CriteriaSet, code: string) => set.criteria.findIndex((c) => c.code === code);
const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('validateCriteriaSet', () => {
  it('accepts a valid set', () => {
    expect(validateCriteriaSet(valid())).toEqual([]);
  });

  it('rejects part maxima that do not total 100', () => {
    const set = valid();
    set.parts[0].maxPoints = 41;
    const problems = validateCriteriaSet(set);
    expect(problems).toContainEqual({ path: 'parts', code: 'errors.criteriaSet.partsTotal', params: { total: 101, expected: 100 } });
    expect(problems).toContainEqual({ path: 'parts.0.maxPoints', code: 'errors.criteriaSet.partSum', params: { part: 'A', sum: 40, max: 41 } });
  });

  it('rejects criteria maxima that do not sum to their part', () => {
    const set = valid();
    const c = criterion(set, 'B1.1');
    c.maxPoints = 5;
    c.options = c.options.filter((o) => o.points <= 5);
    expect(validateCriteriaSet(set)).toEqual([{ path: 'parts.1.maxPoints', code: 'errors.criteriaSet.partSum', params: { part: 'B', sum: 24, max: 25 } }]);
  });

  it('rejects duplicate criterion and option codes', () => {
    const set = valid();
    set.criteria[1].code = set.criteria[0].code;
    criterion(set, 'C4.1').options[1].code = 'a';
    const problems = validateCriteriaSet(set);
    expect(problems).toContainEqual({ path: 'criteria.1.code', code: 'errors.criteriaSet.duplicateCode', params: { code: 'A1.1' } });
    expect(problems).toContainEqual({
      path: `criteria.${indexOf(set, 'C4.1')}.options.1.code`,
      code: 'errors.criteriaSet.duplicateCode',
      params: { code: 'a' },
    });
  });

  it('rejects an option above the maximum and a missing top option (a scale may start above 1, as real sheets do)', () => {
    const set = valid();
    const i = indexOf(set, 'C4.1'); // options 0, 2, 4, 6
    set.criteria[i].options[3].points = 7;
    const j = indexOf(set, 'A1.2'); // options 1, 2, 3
    set.criteria[j].options[0].points = 2;
    set.criteria[j].options[2].points = 2.5;
    const problems = validateCriteriaSet(set);
    expect(problems).toContainEqual({ path: `criteria.${i}.options.3.points`, code: 'errors.criteriaSet.optionAboveMax', params: { points: 7, max: 6 } });
    expect(problems).toContainEqual({ path: `criteria.${i}.options`, code: 'errors.criteriaSet.noOptionAtMax', params: { max: 6 } });
    expect(problems).not.toContainEqual(expect.objectContaining({ code: 'errors.criteriaSet.lowestOption' }));
    expect(problems).toContainEqual({ path: `criteria.${j}.options`, code: 'errors.criteriaSet.noOptionAtMax', params: { max: 3 } });
  });

  it('accepts quarter points but not finer fractions', () => {
    const set = valid();
    const c = criterion(set, 'A1.4');
    c.options[1].points = 0.75;
    expect(validateCriteriaSet(set)).toEqual([]);
    c.options[1].points = 0.3;
    expect(validateCriteriaSet(set)).toEqual([
      { path: `criteria.${indexOf(set, 'A1.4')}.options.1.points`, code: 'errors.criteriaSet.pointsStep', params: { step: 0.25 } },
    ]);
  });

  it('rejects a criterion whose code, section and part disagree', () => {
    const set = valid();
    const i = indexOf(set, 'A2.1');
    set.criteria[i].section = 'A9';
    const k = indexOf(set, 'B2.1');
    set.criteria[k].section = 'A2';
    const problems = validateCriteriaSet(set);
    expect(problems).toContainEqual({ path: `criteria.${i}.section`, code: 'errors.criteriaSet.unknownSection', params: { section: 'A9' } });
    expect(problems).toContainEqual({ path: `criteria.${i}.code`, code: 'errors.criteriaSet.criterionCode', params: { code: 'A2.1', section: 'A9' } });
    expect(problems).toContainEqual({ path: `criteria.${k}.part`, code: 'errors.criteriaSet.sectionPart', params: { section: 'A2', part: 'B' } });
  });

  it('rejects disqualifying options that do not exist or cover every option', () => {
    const set = valid();
    const c = criterion(set, 'A1.1');
    c.disqualifying = { optionCodes: ['z'], reason: { vi: 'Lý do', en: 'Reason' } };
    expect(validateCriteriaSet(set)).toEqual([{ path: 'criteria.0.disqualifying.optionCodes.0', code: 'errors.criteriaSet.unknownOption', params: { code: 'z' } }]);
    c.disqualifying.optionCodes = c.options.map((o) => o.code);
    expect(codes(validateCriteriaSet(set))).toEqual(['errors.criteriaSet.allDisqualifying']);
  });

  it('rejects an end date before the start date and a duplicate group', () => {
    const set = valid();
    set.effectiveTo = '2023-02-23';
    set.groups.push('1');
    expect(validateCriteriaSet(set)).toEqual([
      { path: 'effectiveTo', code: 'errors.criteriaSet.effectiveRange', params: { from: '2023-02-24', to: '2023-02-23' } },
      { path: 'groups.6', code: 'errors.criteriaSet.duplicateCode', params: { code: '1' } },
    ]);
  });

  it('rejects an unknown product group', () => {
    const set = valid();
    (set.groups as string[]).push('7');
    expect(validateCriteriaSet(set)).toEqual([{ path: 'groups.6', code: 'errors.invalidEnum', params: { options: '1, 2, 3, 4, 5, 6' } }]);
  });

  it('rejects invalid calendar dates', () => {
    const set = valid();
    set.effectiveFrom = '2023-02-29';
    expect(validateCriteriaSet(set)).toEqual([{ path: 'effectiveFrom', code: 'errors.date.invalid', params: { value: '2023-02-29' } }]);
  });

  it('never lets a level below the centre recognise 5 stars', () => {
    const set = valid();
    set.recognition.levels[1].recognises = [4, 5];
    set.recognition.levels[2].recognises = [];
    expect(codes(validateCriteriaSet(set))).toEqual(['errors.criteriaSet.fiveStarsCentralOnly']);
  });

  it('requires each certifiable class to be recognised by exactly one level', () => {
    const set = valid();
    set.recognition.levels[0].recognises = [3, 4];
    expect(validateCriteriaSet(set)).toEqual([
      { path: 'recognition.levels.1.recognises', code: 'errors.criteriaSet.starsRecognisedTwice', params: { stars: 4 } },
    ]);
    set.recognition.levels[0].recognises = [];
    expect(validateCriteriaSet(set)).toEqual([{ path: 'recognition.levels', code: 'errors.criteriaSet.starsNotRecognised', params: { stars: 3 } }]);
  });

  it('checks the forwarding chain goes upwards and is complete', () => {
    const set = valid();
    set.recognition.levels[1].forwardTo = 'district';
    set.recognition.levels[0].forwardAtOrAbove = null;
    const problems = validateCriteriaSet(set);
    expect(problems).toContainEqual({ path: 'recognition.levels.1.forwardTo', code: 'errors.criteriaSet.forwardTarget', params: { level: 'province', to: 'district' } });
    expect(problems).toContainEqual({ path: 'recognition.levels.0.forwardAtOrAbove', code: 'errors.criteriaSet.forwardIncomplete', params: { level: 'district' } });
  });

  it('checks levels are listed bottom-up and pre-assessed criteria exist', () => {
    const set = valid();
    set.recognition.levels.reverse();
    expect(codes(validateCriteriaSet(set))).toContain('errors.criteriaSet.levelOrder');
    const other = valid();
    other.recognition.levels[0].preAssessedCriteria = ['A1.1', 'Z9.9'];
    expect(validateCriteriaSet(other)).toEqual([
      { path: 'recognition.levels.0.preAssessedCriteria.1', code: 'errors.criteriaSet.unknownCriterion', params: { code: 'Z9.9' } },
    ]);
  });

  it('names missing, mistyped and unknown fields', () => {
    const set = valid() as unknown as Record<string, unknown>;
    delete set.decision;
    set.status = 'final';
    set.extra = true;
    (set.parts as Array<Record<string, unknown>>)[0].maxPoints = '40';
    const problems = validateCriteriaSet(set);
    expect(problems).toContainEqual({ path: 'decision', code: 'errors.required' });
    expect(problems).toContainEqual({ path: 'status', code: 'errors.invalidEnum', params: { options: 'draft, published, withdrawn' } });
    expect(problems).toContainEqual({ path: '', code: 'errors.unknownField', params: { keys: 'extra' } });
    expect(problems).toContainEqual({ path: 'parts.0.maxPoints', code: 'errors.invalidType', params: { expected: 'number' } });
  });

  it('rejects non-objects', () => {
    expect(codes(validateCriteriaSet(null))).toEqual(['errors.required']);
    expect(codes(validateCriteriaSet('148-2023'))).toEqual(['errors.invalidType']);
  });
});

describe('parseCriteriaSet', () => {
  it('trims and NFC-normalises texts', () => {
    const set = valid();
    set.criteria[0].name.vi = '  Nguo\u0302\u0300n nguye\u0302n lie\u0323\u0302u '; // decomposed
    expect(parseCriteriaSet(set).criteria[0].name.vi).toBe('Nguồn nguyên liệu');
  });

  it('throws a ValidationError carrying every problem', () => {
    const set = valid();
    set.parts[2].maxPoints = 30;
    try {
      parseCriteriaSet(set);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect(codes((e as ValidationError).problems)).toEqual(['errors.criteriaSet.partsTotal', 'errors.criteriaSet.partSum']);
    }
  });
});
