import { describe, expect, it } from 'vitest';
import raw1048 from '../../../resources/criteria-sets/1048-2019.json' with { type: 'json' };
import raw148 from '../../../resources/criteria-sets/148-2023.json' with { type: 'json' };
import raw1489 from '../../../resources/criteria-sets/1489-2025.json' with { type: 'json' };
import { loadOfficialCriteriaSets, OFFICIAL_RULE_VERSIONS } from './official';
import { validateCriteriaSet } from './validate';
import { allSheets } from './sheets';
import type { CriteriaSet } from './types';

const sets = loadOfficialCriteriaSets();
const byCode = (code: string): CriteriaSet => {
  const set = sets.find((s) => s.code === code);
  if (!set) throw new Error(`missing ${code}`);
  return set;
};

describe('shipped criteria-set files', () => {
  it('pass the administrator schema as they are', () => {
    expect(validateCriteriaSet(raw1048)).toEqual([]);
    expect(validateCriteriaSet(raw148)).toEqual([]);
    expect(validateCriteriaSet(raw1489)).toEqual([]);
  });
});

describe('loadOfficialCriteriaSets', () => {
  it('returns 1048/2019, 148/2023 and 1489/2025, oldest first', () => {
    expect(sets.map((s) => s.code)).toEqual([...OFFICIAL_RULE_VERSIONS]);
    expect(sets.map((s) => s.decision.number)).toEqual(['1048/QĐ-TTg', '148/QĐ-TTg', '1489/QĐ-TTg']);
    expect(sets.map((s) => s.decision.signedOn)).toEqual(['2019-08-21', '2023-02-24', '2025-07-06']);
    expect(byCode('1489-2025').decision.amends).toBe('148-2023');
  });

  it('chains the effective ranges without gap or overlap', () => {
    expect(sets.map((s) => [s.effectiveFrom, s.effectiveTo])).toEqual([
      ['2019-08-21', '2023-02-23'],
      ['2023-02-24', '2025-06-30'],
      ['2025-07-01', null],
    ]);
  });

  it('has the part maxima of each decision', () => {
    const maxima = (set: CriteriaSet) => set.parts.map((p) => `${p.code}${p.maxPoints}`).join(' ');
    expect(maxima(byCode('1048-2019'))).toBe('A35 B25 C40');
    expect(maxima(byCode('148-2023'))).toBe('A40 B25 C35');
    expect(maxima(byCode('1489-2025'))).toBe('A40 B25 C35');
  });

  it.each(OFFICIAL_RULE_VERSIONS)('%s: each complete sheet\'s maxima sum exactly to each part and parts to 100', (code) => {
    for (const sheet of allSheets(byCode(code)).filter((s) => !s.toBeConfirmed || !s.sheet)) {
      let total = 0;
      for (const part of sheet.parts) {
        const sum = sheet.criteria.filter((c) => c.part === part.code).reduce((s, c) => s + c.maxPoints, 0);
        expect(sum, `${sheet.sheet?.code ?? code} part ${part.code}`).toBe(part.maxPoints);
        total += sum;
      }
      expect(total).toBe(100);
    }
  });

  it.each(OFFICIAL_RULE_VERSIONS)('%s: every criterion grades up to its maximum, under its section', (code) => {
    for (const sheet of allSheets(byCode(code))) {
      for (const c of sheet.criteria) {
        const points = c.options.map((o) => o.points);
        expect(Math.max(...points), c.code).toBe(c.maxPoints);
        expect(new Set(c.options.map((o) => o.code)).size, c.code).toBe(c.options.length);
        expect(c.code === c.section || c.code.startsWith(`${c.section}.`), c.code).toBe(true);
      }
    }
  });

  it.each(OFFICIAL_RULE_VERSIONS)('%s: applies to the six product groups', (code) => {
    const set = byCode(code);
    expect(set.groups).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(set.status).toBe('published');
  });

  it.each(['148-2023', '1489-2025'])('%s: is flagged for confirmation (points distributed from the part maxima)', (code) => {
    const set = byCode(code);
    expect(set.toBeConfirmed).toBe(true);
    expect(set.note?.vi).toMatch(/Phụ lục III/);
    expect(set.note?.en).toMatch(/Appendix III/);
  });

  it.each(['148-2023', '1489-2025'])('%s: excludes products that use no local raw material', (code) => {
    const a11 = byCode(code).criteria.find((c) => c.code === 'A1.1');
    expect(a11?.name.vi).toBe('Nguồn nguyên liệu');
    expect(a11?.disqualifying?.optionCodes).toEqual(['a']);
    expect(a11?.options[0]).toMatchObject({ code: 'a', points: 0, label: { vi: 'Không sử dụng nguyên liệu địa phương' } });
  });

  it('keeps the criteria named by the national adviser’s slides', () => {
    const names = byCode('148-2023').criteria.map((c) => `${c.code} ${c.name.vi}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'A1.2 Gia tăng giá trị',
        'A1.4 Liên kết sản xuất',
        'A2.2 Tính hoàn thiện của bao bì',
        'A3.3 Sử dụng lao động địa phương',
        'A3.5 Kế toán',
        'B1.1 Khu vực phân phối chính',
        'B2.3 Cấu trúc câu chuyện',
        'C3.1 Giấy chứng nhận đủ điều kiện sản xuất',
        'C4.1 Cơ hội tiếp thị toàn cầu',
      ]),
    );
    expect(byCode('148-2023').criteria.map((c) => c.section)).toEqual(
      expect.arrayContaining(['A1', 'A2', 'A3', 'B1', 'B2', 'C1', 'C2', 'C3', 'C4']),
    );
  });

  it('marks the council’s sensory judgement as not directly improvable', () => {
    for (const code of ['148-2023', '1489-2025']) expect(byCode(code).criteria.find((c) => c.code === 'C1.1')?.improvable).toBe(false);
    const tea = allSheets(byCode('1048-2019')).find((s) => s.sheet?.code === 's1.5.1')!;
    expect(tea.criteria.filter((c) => c.section === 'C6').every((c) => c.improvable === false)).toBe(true);
  });

  it('writes Vietnamese with its diacritics, NFC-normalised', () => {
    for (const set of sets.flatMap(allSheets)) {
      for (const c of set.criteria) {
        for (const text of [c.name.vi, ...c.options.map((o) => o.label.vi)]) {
          expect(text.normalize('NFC')).toBe(text);
        }
      }
      const allVi = set.criteria.map((c) => c.name.vi).join(' ');
      expect(allVi).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
    }
  });

  it('describes each recognition procedure', () => {
    const summary = (code: string) =>
      byCode(code).recognition.levels.map((l) => `${l.level}:${l.recognises.join('')}>${l.forwardAtOrAbove ?? '-'}`).join(' ');
    expect(summary('1048-2019')).toBe('district:>50 province:34>90 central:5>-');
    expect(summary('148-2023')).toBe('district:3>70 province:4>90 central:5>-');
    expect(summary('1489-2025')).toBe('commune:>0 province:34>90 central:5>-');
    expect(byCode('1489-2025').recognition.levels[0].preAssessedCriteria).toEqual(['A1.1', 'A2.1', 'A3.3']);
  });

  it('returns the same frozen objects on every call', () => {
    expect(loadOfficialCriteriaSets()).toBe(sets);
    expect(Object.isFrozen(sets[1].criteria[0].options[0])).toBe(true);
    expect(Object.isFrozen(sets[0].sheets![0])).toBe(true);
    expect(() => {
      (sets[0].parts[0] as { maxPoints: number }).maxPoints = 50;
    }).toThrow(TypeError);
  });
});
