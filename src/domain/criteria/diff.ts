import { allSheets } from './sheets';
import type { CriteriaSet, Criterion, Localized } from './types';

/**
 * Two versions side by side: what changed in the version's own fields (decision, dates,
 * parts, bands, procedure) and, per sheet, per criterion — added, removed, or changed in
 * wording, maximum, options (added, removed, reworded, repointed), hints, knock-outs and
 * star minimums. Sheets are matched by code (the single sheet of older data by ''),
 * criteria by code within their sheet, options by code within their criterion.
 */

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  /** Dotted path of the field, e.g. "decision.number", "parts.A.maxPoints". */
  field: string;
  before: string | null;
  after: string | null;
}

export interface OptionChange {
  code: string;
  kind: ChangeKind;
  before?: { label: Localized; points: number };
  after?: { label: Localized; points: number };
  /** For `changed`: which of label, points, hint, case differ. */
  what: Array<'label' | 'points' | 'hint' | 'case'>;
}

export interface CriterionChange {
  code: string;
  kind: ChangeKind;
  name: Localized;
  before?: { name: Localized; maxPoints: number };
  after?: { name: Localized; maxPoints: number };
  /** For `changed`: what differs. */
  what: Array<'name' | 'maxPoints' | 'section' | 'hint' | 'disqualifying' | 'options'>;
  options: OptionChange[];
}

export interface RuleChange {
  kind: 'knockOut' | 'starMinimum';
  key: string;
  change: ChangeKind;
  before: string | null;
  after: string | null;
}

export interface SheetDiff {
  code: string;
  name: Localized;
  kind: ChangeKind | 'same';
  /** Product sets moved onto or off the sheet. */
  productSets: { added: string[]; removed: string[] };
  criteria: CriterionChange[];
  rules: RuleChange[];
}

export interface VersionDiff {
  fields: FieldChange[];
  sheets: SheetDiff[];
  /** Counts over every sheet. */
  counts: Record<ChangeKind, number>;
}

const sameText = (a: Localized | undefined, b: Localized | undefined) => (a?.vi ?? '') === (b?.vi ?? '') && (a?.en ?? '') === (b?.en ?? '');
const str = (v: unknown): string | null => (v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v));

function fieldChanges(a: CriteriaSet, b: CriteriaSet): FieldChange[] {
  const out: FieldChange[] = [];
  const push = (field: string, x: unknown, y: unknown) => {
    const before = str(x);
    const after = str(y);
    if (before !== after) out.push({ field, before, after });
  };
  push('decision.number', a.decision.number, b.decision.number);
  push('decision.signedOn', a.decision.signedOn, b.decision.signedOn);
  push('decision.issuer', a.decision.issuer.vi, b.decision.issuer.vi);
  push('decision.title', a.decision.title.vi, b.decision.title.vi);
  push('effectiveFrom', a.effectiveFrom, b.effectiveFrom);
  push('effectiveTo', a.effectiveTo, b.effectiveTo);
  push('groups', a.groups.join(', '), b.groups.join(', '));
  for (const code of ['A', 'B', 'C'] as const) {
    push(`parts.${code}.maxPoints`, a.parts.find((p) => p.code === code)?.maxPoints, b.parts.find((p) => p.code === code)?.maxPoints);
  }
  push('starBands', (a.starBands ?? []).map((s) => `${s.stars}★≥${s.minTotal}`).join(' '), (b.starBands ?? []).map((s) => `${s.stars}★≥${s.minTotal}`).join(' '));
  const levels = new Set([...a.recognition.levels, ...b.recognition.levels].map((l) => l.level));
  for (const level of levels) {
    const la = a.recognition.levels.find((l) => l.level === level);
    const lb = b.recognition.levels.find((l) => l.level === level);
    const shape = (l: typeof la) => (l ? { recognises: l.recognises, forwardAtOrAbove: l.forwardAtOrAbove ?? null, forwardTo: l.forwardTo ?? null, preAssessedCriteria: l.preAssessedCriteria ?? [], deadlineDays: l.deadlineDays ?? null } : null);
    push(`recognition.${level}`, shape(la), shape(lb));
  }
  return out;
}

function optionChanges(a: Criterion, b: Criterion): OptionChange[] {
  const out: OptionChange[] = [];
  for (const o of b.options) {
    const before = a.options.find((x) => x.code === o.code);
    if (!before) {
      out.push({ code: o.code, kind: 'added', after: { label: o.label, points: o.points }, what: [] });
      continue;
    }
    const what: OptionChange['what'] = [];
    if (!sameText(before.label, o.label)) what.push('label');
    if (before.points !== o.points) what.push('points');
    if (!sameText(before.hint, o.hint)) what.push('hint');
    if ((before.case ?? null) !== (o.case ?? null)) what.push('case');
    if (what.length) out.push({ code: o.code, kind: 'changed', before: { label: before.label, points: before.points }, after: { label: o.label, points: o.points }, what });
  }
  for (const o of a.options) {
    if (!b.options.some((x) => x.code === o.code)) out.push({ code: o.code, kind: 'removed', before: { label: o.label, points: o.points }, what: [] });
  }
  return out;
}

/** Per criterion of one sheet: added, removed, changed (unchanged criteria are left out). */
export function diffCriteria(before: readonly Criterion[], after: readonly Criterion[]): CriterionChange[] {
  const out: CriterionChange[] = [];
  for (const c of after) {
    const old = before.find((x) => x.code === c.code);
    if (!old) {
      out.push({ code: c.code, kind: 'added', name: c.name, after: { name: c.name, maxPoints: c.maxPoints }, what: [], options: [] });
      continue;
    }
    const options = optionChanges(old, c);
    const what: CriterionChange['what'] = [];
    if (!sameText(old.name, c.name)) what.push('name');
    if (old.maxPoints !== c.maxPoints) what.push('maxPoints');
    if (old.section !== c.section) what.push('section');
    if (!sameText(old.hint, c.hint)) what.push('hint');
    if (str(old.disqualifying) !== str(c.disqualifying)) what.push('disqualifying');
    if (options.length) what.push('options');
    if (what.length) {
      out.push({ code: c.code, kind: 'changed', name: c.name, before: { name: old.name, maxPoints: old.maxPoints }, after: { name: c.name, maxPoints: c.maxPoints }, what, options });
    }
  }
  for (const c of before) {
    if (!after.some((x) => x.code === c.code)) out.push({ code: c.code, kind: 'removed', name: c.name, before: { name: c.name, maxPoints: c.maxPoints }, what: [], options: [] });
  }
  return out;
}

function ruleChanges(a: CriteriaSet | undefined, b: CriteriaSet | undefined): RuleChange[] {
  const out: RuleChange[] = [];
  const compare = (kind: RuleChange['kind'], xs: Map<string, string>, ys: Map<string, string>) => {
    for (const [key, after] of ys) {
      const before = xs.get(key);
      if (before === undefined) out.push({ kind, key, change: 'added', before: null, after });
      else if (before !== after) out.push({ kind, key, change: 'changed', before, after });
    }
    for (const [key, before] of xs) if (!ys.has(key)) out.push({ kind, key, change: 'removed', before, after: null });
  };
  const kos = (s?: CriteriaSet) => new Map((s?.knockOuts ?? []).map((k) => [k.code, `${k.kind} ${k.trigger} ${k.criterion}${k.optionCodes ? ` [${k.optionCodes.join(',')}]` : ''}${k.criteria ? ` (${k.criteria.join(',')})` : ''}: ${k.reason.vi}`]));
  const mins = (s?: CriteriaSet) => new Map((s?.starMinimums ?? []).map((m) => [`${m.stars}★ ${m.criterion}`, `≥ ${m.minPoints}: ${m.label.vi}`]));
  compare('knockOut', kos(a), kos(b));
  compare('starMinimum', mins(a), mins(b));
  return out;
}

export function diffVersions(before: CriteriaSet, after: CriteriaSet): VersionDiff {
  const sheetsOf = (v: CriteriaSet) => new Map(allSheets(v).map((s) => [s.sheet?.code ?? '', s]));
  const productSetsOf = (v: CriteriaSet, code: string) => v.sheets?.find((s) => s.code === code)?.productSets ?? [];
  const a = sheetsOf(before);
  const b = sheetsOf(after);
  const sheets: SheetDiff[] = [];
  const codes = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))];
  for (const code of codes) {
    const x = a.get(code);
    const y = b.get(code);
    const criteria = diffCriteria(x?.criteria ?? [], y?.criteria ?? []);
    const rules = ruleChanges(x, y);
    const psA = productSetsOf(before, code);
    const psB = productSetsOf(after, code);
    const productSets = { added: psB.filter((p) => !psA.includes(p)), removed: psA.filter((p) => !psB.includes(p)) };
    const renamed = !!x && !!y && !sameText(x.sheet?.name, y.sheet?.name);
    const kind: SheetDiff['kind'] = !x ? 'added' : !y ? 'removed' : criteria.length || rules.length || productSets.added.length || productSets.removed.length || renamed ? 'changed' : 'same';
    sheets.push({ code, name: (y ?? x)!.sheet?.name ?? after.decision.title, kind, productSets, criteria, rules });
  }
  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0 };
  for (const s of sheets) for (const c of s.criteria) counts[c.kind]++;
  return { fields: fieldChanges(before, after), sheets, counts };
}
