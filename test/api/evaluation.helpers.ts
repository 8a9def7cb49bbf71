import type { TestContext } from '../support/test-app';
import { addDays } from '../../src/domain/dates';
import { today } from '../../src/services/clock';

/** Helpers shared by the evaluation, certificate and verification API tests. */

export interface Option {
  code: string;
  points: number;
}
export interface Criterion {
  code: string;
  part: 'A' | 'B' | 'C';
  maxPoints: number;
  options: Option[];
  disqualifying?: { optionCodes: string[] };
}
export interface CriteriaSetDef {
  code: string;
  criteria: Criterion[];
}

export async function criteriaSet(t: TestContext, code: string): Promise<CriteriaSetDef> {
  const res = await t.app.inject(`/api/criteria-sets/${code}`);
  if (res.statusCode !== 200) throw new Error(`criteria set ${code}: ${res.statusCode}`);
  return res.json().definition;
}

/** A complete sheet totalling exactly `total` without any disqualifying answer (exact search). */
export function answersForTotal(set: CriteriaSetDef, total: number): Record<string, string> {
  const allowed = set.criteria.map((c) => c.options.filter((o) => !c.disqualifying?.optionCodes.includes(o.code)));
  // reachable[i] = map sum → option index chosen for criterion i-1 (backtracking table)
  const reach: Array<Map<number, number>> = [new Map([[0, -1]])];
  for (const opts of allowed) {
    const next = new Map<number, number>();
    for (const sum of reach[reach.length - 1].keys()) {
      opts.forEach((o, j) => {
        const s = sum + o.points;
        if (s <= total && !next.has(s)) next.set(s, j);
      });
    }
    reach.push(next);
  }
  if (!reach[reach.length - 1].has(total)) throw new Error(`total ${total} is not reachable`);
  const answers: Record<string, string> = {};
  let sum = total;
  for (let i = set.criteria.length - 1; i >= 0; i--) {
    const j = reach[i + 1].get(sum)!;
    const o = allowed[i][j];
    answers[set.criteria[i].code] = o.code;
    sum -= o.points;
  }
  return answers;
}

export async function login(t: TestContext, usernames: string[]): Promise<Record<string, string>> {
  const cookies: Record<string, string> = {};
  for (const u of usernames) cookies[u] = await t.login(u);
  return cookies;
}

export async function userId(t: TestContext, cookie: string): Promise<string> {
  return (await t.app.inject({ url: '/api/me', headers: { cookie } })).json().id;
}

/** Product ids by exact name, as the province office sees them. */
export async function productIds(t: TestContext, cookie: string, names: string[]): Promise<string[]> {
  const items = (await t.app.inject({ url: '/api/products?pageSize=200', headers: { cookie } })).json().items as Array<{ id: string; name: string }>;
  return names.map((n) => {
    const p = items.find((i) => i.name === n);
    if (!p) throw new Error(`no product ${n}`);
    return p.id;
  });
}

/** Today by the platform's clock (tests fix it with OCOP_TODAY). */
export function todayVn(): string {
  return today();
}

export function daysFromToday(days: number): string {
  return addDays(today(), days);
}

/**
 * Brings every product of an open round through the approval checks the way an office does:
 * records a complete dossier check for the unchecked ones (every required item present) and,
 * when the procedure has a commune pre-assessment, a passing one where none is recorded.
 */
export async function meetApprovalChecks(t: TestContext, cookie: string, roundId: string): Promise<void> {
  const base = `/api/evaluation-rounds/${roundId}`;
  const round = (await t.app.inject({ url: base, headers: { cookie } })).json() as {
    products: Array<{ productId: string; dossier: { status: string }; communePreAssessment: { recorded: boolean } | null }>;
  };
  for (const p of round.products) {
    if (p.dossier.status === 'unchecked') {
      const checklist = (await t.app.inject({ url: `${base}/products/${p.productId}/dossier-checklist`, headers: { cookie } })).json() as { items: Array<{ code: string; required: boolean }> };
      const present = checklist.items.filter((i) => i.required).map((i) => i.code);
      const res = await t.app.inject({ method: 'PUT', url: `${base}/products/${p.productId}/dossier`, headers: { cookie }, payload: { present } });
      if (res.statusCode !== 200) throw new Error(`dossier check: ${res.statusCode} ${res.body}`);
    }
    if (p.communePreAssessment && !p.communePreAssessment.recorded) {
      const res = await t.app.inject({ method: 'PUT', url: `${base}/products/${p.productId}/pre-assessment`, headers: { cookie }, payload: { answers: {}, proposed: true } });
      if (res.statusCode !== 200) throw new Error(`pre-assessment: ${res.statusCode} ${res.body}`);
    }
  }
}
