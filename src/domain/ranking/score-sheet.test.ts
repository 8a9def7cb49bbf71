import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { extremeSheet, officialSet, SHEET_58, without } from './__fixtures__/sheets';
import { SheetAnswerError } from './errors';
import { checkAnswers, scoreSheet } from './score-sheet';
import { sheetFor } from '../criteria/sheets';

const set148 = officialSet('148-2023');
/** The 1048/2019 sheet of the set "Chè tươi, chế biến". */
const set1048 = sheetFor(officialSet('1048-2019'), 's1.5.1')!;

describe('scoreSheet', () => {
  it('scores a fully specified 148/2023 sheet (hand-computed: A 27, B 13, C 18, total 58)', () => {
    const sheet = scoreSheet(set148, SHEET_58);
    expect(sheet.parts).toEqual({ A: 27, B: 13, C: 18 });
    expect(sheet.total).toBe(58);
    expect(sheet.complete).toBe(true);
    expect(sheet.missing).toEqual([]);
    expect(sheet.disqualified).toEqual([]);
    expect(sheet.points['B1.3']).toBe(3);
    expect(sheet.points['C4.1']).toBe(0);
  });

  it('gives 100 at every maximum, and the sum of the lowest options at every minimum', () => {
    expect(scoreSheet(set148, extremeSheet(set148, 'max'))).toMatchObject({ total: 100, parts: { A: 40, B: 25, C: 35 } });
    expect(scoreSheet(set1048, extremeSheet(set1048, 'max'))).toMatchObject({ total: 100, parts: { A: 35, B: 25, C: 40 } });
    // Lowest options worth 1: A1.2, A1.3, A3.1 (part A) and B1.1 (part B).
    expect(scoreSheet(set148, extremeSheet(set148, 'min'))).toMatchObject({ total: 4, parts: { A: 3, B: 1, C: 0 } });
  });

  it('reports a disqualifying answer with its reason', () => {
    const sheet = scoreSheet(set148, { ...SHEET_58, 'A1.1': 'a' });
    expect(sheet.total).toBe(55);
    expect(sheet.disqualified).toEqual([
      {
        criterionCode: 'A1.1',
        optionCode: 'a',
        reason: { vi: 'Sản phẩm bị loại nếu không sử dụng nguyên liệu địa phương', en: 'A product that uses no local raw material is excluded' },
      },
    ]);
  });

  it('lists unanswered criteria in the set order and scores the rest', () => {
    const answers: Record<string, string | null> = { ...SHEET_58, 'C4.1': null, 'A1.2': '' };
    delete answers['B2.2'];
    const sheet = scoreSheet(set148, answers);
    expect(sheet.complete).toBe(false);
    expect(sheet.missing).toEqual(['A1.2', 'B2.2', 'C4.1']);
    expect(sheet.total).toBe(55); // 58 − 2 (A1.2) − 1 (B2.2) − 0 (C4.1)
    expect(sheet.parts).toEqual({ A: 25, B: 12, C: 18 });
  });

  it('scores an empty sheet as 0 with everything missing', () => {
    const sheet = scoreSheet(set148, {});
    expect(sheet).toMatchObject({ total: 0, complete: false, parts: { A: 0, B: 0, C: 0 } });
    expect(sheet.missing).toHaveLength(29);
  });

  it('throws a SheetAnswerError naming every unknown criterion and option', () => {
    try {
      scoreSheet(set148, { ...SHEET_58, 'A1.1': 'z', 'Z9.9': 'a' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SheetAnswerError);
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as SheetAnswerError).problems).toEqual([
        { path: 'answers.A1.1', code: 'errors.scoreSheet.unknownOption', params: { criterion: 'A1.1', option: 'z' } },
        { path: 'answers.Z9.9', code: 'errors.scoreSheet.unknownCriterion', params: { criterion: 'Z9.9', set: '148-2023' } },
      ]);
    }
  });

  it('rejects a 148/2023 criterion on a 1048/2019 sheet', () => {
    expect(() => scoreSheet(set1048, SHEET_58)).toThrow(SheetAnswerError);
    // 1048 has no A1.6 nor B1.x: the answers name criteria of another version.
    expect(() => scoreSheet(set1048, without(SHEET_58, 'A1.6'))).toThrow(SheetAnswerError);
  });
});

describe('checkAnswers', () => {
  it('returns [] for known codes, including unanswered ones', () => {
    expect(checkAnswers(set148, { 'A1.1': 'e', 'A1.2': null })).toEqual([]);
  });

  it('prefixes paths with the given base', () => {
    expect(checkAnswers(set148, { 'A1.1': 'x' }, 'sheets.2.answers')).toEqual([
      { path: 'sheets.2.answers.A1.1', code: 'errors.scoreSheet.unknownOption', params: { criterion: 'A1.1', option: 'x' } },
    ]);
  });

  it('rejects non-string option values', () => {
    expect(checkAnswers(set148, { 'A1.1': 3 as unknown as string })).toHaveLength(1);
  });
});
