/**
 * The cheapest set of criterion upgrades that gains at least `needed` points: a small
 * multiple-choice knapsack solved exactly.
 *
 * Cost order (lexicographic): fewest criteria changed, then the smallest overshoot
 * (gain − needed), then the earliest criteria in the input order, then the lowest options —
 * so the same input always yields the same plan. Every `mandatory` candidate (a criterion
 * whose current answer disqualifies the product) is changed whatever it costs.
 *
 * Method: the fewest changes k is found greedily (with k changes the most one can gain is the
 * sum of the k largest per-criterion gains — exact, as each criterion counts once); then a
 * dynamic programme over the criteria, keyed by (changes, gain), finds the minimal overshoot
 * among plans of k changes, pruning states that can no longer reach `needed`.
 */

export interface UpgradeChoice {
  optionCode: string;
  points: number;
}

export interface ImprovementCandidate {
  criterionCode: string;
  /** Points now (a council mean may be fractional). */
  currentPoints: number;
  /** Options the criterion could move to; for optional candidates only gains > 0 are used. */
  choices: readonly UpgradeChoice[];
  mandatory?: boolean;
}

export interface Upgrade {
  criterionCode: string;
  fromPoints: number;
  toOptionCode: string;
  toPoints: number;
  gain: number;
}

export interface ImprovementPlan {
  upgrades: Upgrade[];
  gain: number;
  /** gain − needed, ≥ 0 */
  overshoot: number;
  /** false only if the search space was too large and a greedy plan was returned instead. */
  exact: boolean;
}

const EPS = 1e-9;
/** Gains are merged at a millionth of a point, far below any score difference that matters. */
const KEY_SCALE = 1e6;
/** Above this many search states the exact search gives way to a greedy plan (never seen in practice). */
export const DEFAULT_MAX_STATES = 1_000_000;

interface Option {
  choiceIndex: number;
  code: string;
  points: number;
  gain: number;
}

interface Prepared {
  index: number;
  candidate: ImprovementCandidate;
  mandatory: boolean;
  options: Option[];
  maxGain: number;
}

interface State {
  count: number;
  gain: number;
  /** [candidate index in input order, option rank by ascending points]. */
  picks: Array<[number, number]>;
}

/** Lexicographic comparison of pick lists: earlier criteria, then lower options, win. */
function comparePicks(a: State['picks'], b: State['picks']): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = a[i][0] - b[i][0] || a[i][1] - b[i][1];
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** The cheapest plan gaining ≥ needed points, or null when no combination gets there. */
export function cheapestImprovements(
  candidates: readonly ImprovementCandidate[],
  needed: number,
  options: { maxStates?: number } = {},
): ImprovementPlan | null {
  const prepared = prepare(candidates);
  if (!prepared) return null;

  const mandatory = prepared.filter((p) => p.mandatory);
  const optional = prepared.filter((p) => !p.mandatory);
  const mandatoryMax = mandatory.reduce((s, p) => s + p.maxGain, 0);
  const optionalGains = optional.map((p) => p.maxGain).sort((a, b) => b - a);

  // Fewest changes: all mandatory ones plus the fewest optional ones whose best gains suffice.
  let k = mandatory.length;
  let best = mandatoryMax;
  for (const g of optionalGains) {
    if (best >= needed - EPS) break;
    best += g;
    k++;
  }
  if (best < needed - EPS) return null;

  return search(prepared, k, needed, options.maxStates ?? DEFAULT_MAX_STATES) ?? greedy(prepared, k, needed);
}

function prepare(candidates: readonly ImprovementCandidate[]): Prepared[] | null {
  const prepared: Prepared[] = [];
  for (const [index, candidate] of candidates.entries()) {
    const mandatory = candidate.mandatory === true;
    const options = candidate.choices
      .map((c, choiceIndex) => ({ choiceIndex, code: c.optionCode, points: c.points, gain: c.points - candidate.currentPoints }))
      .filter((o) => mandatory || o.gain > EPS)
      .sort((a, b) => a.points - b.points || a.choiceIndex - b.choiceIndex);
    if (options.length === 0) {
      if (mandatory) return null; // it must change but has nowhere to go
      continue;
    }
    prepared.push({ index, candidate, mandatory, options, maxGain: Math.max(...options.map((o) => o.gain)) });
  }
  return prepared;
}

/** Exact search; undefined when the state space outgrows maxStates. */
function search(prepared: Prepared[], k: number, needed: number, maxStates: number): ImprovementPlan | undefined {
  const n = prepared.length;
  // For each suffix: mandatory count and gain, and optional max gains (descending) as prefix sums.
  const suffixMandatory = new Array<number>(n + 1).fill(0);
  const suffixMandatoryGain = new Array<number>(n + 1).fill(0);
  const suffixOptionalTop: number[][] = new Array(n + 1);
  suffixOptionalTop[n] = [0];
  for (let i = n - 1; i >= 0; i--) {
    const p = prepared[i];
    suffixMandatory[i] = suffixMandatory[i + 1] + (p.mandatory ? 1 : 0);
    suffixMandatoryGain[i] = suffixMandatoryGain[i + 1] + (p.mandatory ? p.maxGain : 0);
    const gains = prepared.slice(i).filter((q) => !q.mandatory).map((q) => q.maxGain).sort((a, b) => b - a);
    suffixOptionalTop[i] = gains.reduce((acc, g) => [...acc, acc[acc.length - 1] + g], [0]);
  }
  const reachable = (from: number, state: { count: number; gain: number }) => {
    const slots = k - state.count - suffixMandatory[from];
    if (slots < 0) return false;
    const tops = suffixOptionalTop[from];
    return state.gain + suffixMandatoryGain[from] + tops[Math.min(slots, tops.length - 1)] >= needed - EPS;
  };

  let states = new Map<string, State>([['0|0', { count: 0, gain: 0, picks: [] }]]);
  for (let i = 0; i < n; i++) {
    const p = prepared[i];
    const next = new Map<string, State>();
    const put = (s: State) => {
      if (!reachable(i + 1, s)) return;
      const key = `${s.count}|${Math.round(s.gain * KEY_SCALE)}`;
      const old = next.get(key);
      if (!old || comparePicks(s.picks, old.picks) < 0) next.set(key, s);
    };
    for (const s of states.values()) {
      if (!p.mandatory) put(s);
      if (s.count >= k) continue;
      p.options.forEach((o, rank) => {
        put({ count: s.count + 1, gain: s.gain + o.gain, picks: [...s.picks, [p.index, rank]] });
      });
    }
    if (next.size > maxStates) return undefined;
    states = next;
  }

  let winner: State | undefined;
  for (const s of states.values()) {
    if (s.gain < needed - EPS) continue;
    if (!winner) {
      winner = s;
      continue;
    }
    const d = s.count - winner.count || (Math.abs(s.gain - winner.gain) <= EPS ? 0 : s.gain - winner.gain);
    if (d < 0 || (d === 0 && comparePicks(s.picks, winner.picks) < 0)) winner = s;
  }
  return winner ? toPlan(prepared, winner.picks, needed, true) : undefined;
}

/** Fallback for oversized inputs: each chosen criterion to its best option, biggest gains first. */
function greedy(prepared: Prepared[], k: number, needed: number): ImprovementPlan | null {
  const mandatory = prepared.filter((p) => p.mandatory);
  const optional = prepared.filter((p) => !p.mandatory).sort((a, b) => b.maxGain - a.maxGain || a.index - b.index);
  const chosen = [...mandatory, ...optional.slice(0, k - mandatory.length)].sort((a, b) => a.index - b.index);
  const picks = chosen.map((p): [number, number] => [p.index, p.options.length - 1]); // options ascend: last = best
  const plan = toPlan(prepared, picks, needed, false);
  return plan.gain >= needed - EPS ? plan : null;
}

function toPlan(prepared: Prepared[], picks: Array<[number, number]>, needed: number, exact: boolean): ImprovementPlan {
  const byIndex = new Map(prepared.map((p) => [p.index, p]));
  const upgrades = picks.map(([ci, rank]) => {
    const p = byIndex.get(ci)!;
    const choice = p.candidate.choices[p.options[rank].choiceIndex];
    return {
      criterionCode: p.candidate.criterionCode,
      fromPoints: p.candidate.currentPoints,
      toOptionCode: choice.optionCode,
      toPoints: choice.points,
      gain: choice.points - p.candidate.currentPoints,
    };
  });
  const gain = upgrades.reduce((s, u) => s + u.gain, 0);
  return { upgrades, gain, overshoot: Math.max(0, gain - needed), exact };
}
