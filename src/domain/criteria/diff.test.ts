import { describe, expect, it } from 'vitest';
import raw148 from '../../../resources/criteria-sets/148-2023.json' with { type: 'json' };
import raw1048 from '../../../resources/criteria-sets/1048-2019.json' with { type: 'json' };
import { diffCriteria, diffVersions } from './diff';
import type { CriteriaSet } from './types';

const v148 = (): CriteriaSet => structuredClone(raw148) as CriteriaSet;
const v1048 = (): CriteriaSet => structuredClone(raw1048) as CriteriaSet;

describe('diffVersions', () => {
  it('finds nothing between a version and its copy', () => {
    const d = diffVersions(v148(), v148());
    expect(d.fields).toEqual([]);
    expect(d.sheets).toHaveLength(1);
    expect(d.sheets[0].kind).toBe('same');
    expect(d.counts).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('names a criterion added, one removed and one reworded with a repointed option', () => {
    const a = v148();
    const b = v148();
    const removed = b.criteria.splice(b.criteria.findIndex((c) => c.code === 'A1.6'), 1)[0];
    b.criteria.push({ ...removed, code: 'A1.7', name: { vi: 'Tiêu chí mới', en: 'New criterion' } });
    const c = b.criteria.find((x) => x.code === 'A1.1')!;
    c.name = { vi: 'Nguồn nguyên liệu địa phương', en: 'Local raw material' };
    c.options[1].points = 1.5;
    c.options[2].label = { vi: 'Từ 50% nguyên liệu', en: 'From 50%' };
    c.options.pop();
    const d = diffVersions(a, b);
    const sheet = d.sheets[0];
    expect(sheet.kind).toBe('changed');
    expect(sheet.criteria.map((x) => [x.code, x.kind])).toEqual([['A1.1', 'changed'], ['A1.7', 'added'], ['A1.6', 'removed']]);
    const a11 = sheet.criteria[0];
    expect(a11.what).toEqual(['name', 'options']);
    expect(a11.options).toEqual([
      { code: 'b', kind: 'changed', before: { label: a.criteria[0].options[1].label, points: 1 }, after: { label: a.criteria[0].options[1].label, points: 1.5 }, what: ['points'] },
      { code: 'c', kind: 'changed', before: { label: a.criteria[0].options[2].label, points: 2 }, after: { label: { vi: 'Từ 50% nguyên liệu', en: 'From 50%' }, points: 2 }, what: ['label'] },
      { code: 'e', kind: 'removed', before: { label: a.criteria[0].options[4].label, points: 4 }, what: [] },
    ]);
    expect(d.counts).toEqual({ added: 1, removed: 1, changed: 1 });
  });

  it('names changed decision, dates, part maxima, bands and procedure', () => {
    const a = v148();
    const b = v148();
    b.decision.number = '99/QĐ-TTg';
    b.effectiveFrom = '2026-07-01';
    b.parts[0].maxPoints = 35;
    b.parts[2].maxPoints = 40;
    b.starBands = [{ stars: 1, minTotal: 0 }, { stars: 2, minTotal: 30 }, { stars: 3, minTotal: 50 }, { stars: 4, minTotal: 75 }, { stars: 5, minTotal: 90 }];
    b.recognition.levels[0].deadlineDays = 10;
    const fields = diffVersions(a, b).fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['decision.number', 'effectiveFrom', 'parts.A.maxPoints', 'parts.C.maxPoints', 'starBands', `recognition.${a.recognition.levels[0].level}`]));
    expect(fields).not.toContain('parts.B.maxPoints');
    expect(diffVersions(a, b).fields.find((f) => f.field === 'parts.A.maxPoints')).toEqual({ field: 'parts.A.maxPoints', before: '40', after: '35' });
  });

  it('matches sheets by code: a sheet added, one removed, knock-outs and minimums changed, shared sections resolved', () => {
    const a = v1048();
    const b = v1048();
    const at = b.sheets!.findIndex((s, i) => i > 0 && s.uses?.length);
    const [gone] = b.sheets!.splice(at, 1);
    b.sheets!.push({ ...gone, code: 'moi', productSets: [] });
    const first = b.sheets![0];
    first.knockOuts = [...(first.knockOuts ?? []).slice(1), { code: 'KOX', kind: 'excluded', criterion: first.criteria[0]?.code ?? 'A1.1', trigger: 'declared', reason: { vi: 'Mới', en: 'New' } }];
    first.starMinimums = [];
    const d = diffVersions(a, b);
    expect(d.sheets.find((s) => s.code === 'moi')?.kind).toBe('added');
    expect(d.sheets.find((s) => s.code === gone.code)?.kind).toBe('removed');
    const s0 = d.sheets.find((s) => s.code === first.code)!;
    expect(s0.kind).toBe('changed');
    expect(s0.rules).toContainEqual(expect.objectContaining({ kind: 'knockOut', key: 'KOX', change: 'added' }));
    if (a.sheets![0].knockOuts?.length) expect(s0.rules).toContainEqual(expect.objectContaining({ kind: 'knockOut', key: a.sheets![0].knockOuts[0].code, change: 'removed' }));
    if (a.sheets![0].starMinimums?.length) expect(s0.rules.some((r) => r.kind === 'starMinimum' && r.change === 'removed')).toBe(true);
    // A sheet's shared sections count as its criteria: the removed sheet lists all of them.
    expect(d.sheets.find((s) => s.code === gone.code)!.criteria.every((c) => c.kind === 'removed')).toBe(true);
    expect(d.sheets.find((s) => s.code === gone.code)!.criteria.length).toBeGreaterThan(gone.criteria.length);
    expect(d.sheets.filter((s) => s.kind === 'same').length).toBe(a.sheets!.length - 2);
  });
});

describe('diffCriteria', () => {
  it('reports a changed maximum, an added option and a changed hint', () => {
    const [c] = v148().criteria;
    const after = structuredClone(c);
    after.maxPoints = 5;
    after.options.push({ code: 'f', label: { vi: 'Thêm', en: 'More' }, points: 5 });
    after.options[0].hint = { vi: 'Hóa đơn', en: 'Invoices' };
    const [ch] = diffCriteria([c], [after]);
    expect(ch.what).toEqual(['maxPoints', 'options']);
    expect(ch.before?.maxPoints).toBe(4);
    expect(ch.after?.maxPoints).toBe(5);
    expect(ch.options.map((o) => [o.code, o.kind, o.what])).toEqual([['a', 'changed', ['hint']], ['f', 'added', []]]);
  });
});
