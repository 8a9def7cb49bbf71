import { loadOfficialCriteriaSets } from '../../criteria/official';
import type { CriteriaSet } from '../../criteria/types';
import type { Answers } from '../score-sheet';

/** Test data shared by the ranking tests. */

export function officialSet(code: string): CriteriaSet {
  const set = loadOfficialCriteriaSets().find((s) => s.code === code);
  if (!set) throw new Error(`no criteria set ${code}`);
  return set;
}

/**
 * A complete 148/2023 sheet. Points per criterion (from the data) are in the comments;
 * A = 27, B = 13, C = 18, total 58 (3★).
 */
export const SHEET_58: Readonly<Record<string, string>> = Object.freeze({
  'A1.1': 'd', // 3
  'A1.2': 'b', // 2
  'A1.3': 'b', // 2
  'A1.4': 'c', // 2
  'A1.5': 'b', // 1
  'A1.6': 'a', // 0
  'A2.1': 'c', // 2
  'A2.2': 'c', // 3
  'A2.3': 'c', // 2
  'A3.1': 'c', // 3
  'A3.2': 'b', // 1
  'A3.3': 'd', // 3
  'A3.4': 'b', // 1
  'A3.5': 'c', // 2   → A 27
  'B1.1': 'b', // 2
  'B1.2': 'c', // 3
  'B1.3': 'c', // 3
  'B2.1': 'c', // 2
  'B2.2': 'b', // 1
  'B2.3': 'c', // 2   → B 13
  'C1.1': 'c', // 4
  'C1.2': 'c', // 4
  'C2.1': 'b', // 2
  'C2.2': 'c', // 2
  'C3.1': 'c', // 3
  'C3.2': 'c', // 2
  'C3.3': 'a', // 0
  'C3.4': 'b', // 1
  'C4.1': 'a', // 0   → C 18
});

/** Every criterion at its highest (or lowest) option. */
export function extremeSheet(set: CriteriaSet, which: 'max' | 'min'): Answers {
  const answers: Record<string, string> = {};
  for (const c of set.criteria) {
    const sorted = [...c.options].sort((a, b) => a.points - b.points);
    answers[c.code] = (which === 'max' ? sorted[sorted.length - 1] : sorted[0]).code;
  }
  return answers;
}

/** A copy of `record` without the given keys. */
export function without<T>(record: Readonly<Record<string, T>>, ...keys: string[]): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));
}
