import type { Db } from '../db/client';
import * as rounds from '../db/repositories/rounds.repository';
import { ValidationError } from '../domain/errors';
import { feedbackRoundStatuses, type Actor } from '../domain/policy';
import { loadProduct } from './products.service';
import * as clock from './clock';
import { starRecords } from '../db/repositories/products.repository';
import { liveCertificatesOfProduct } from '../db/repositories/certificates.repository';
import type { CriteriaSet, Localized } from '../domain/criteria/types';
import { formatScore, producerFeedback, ruleLabel, selfAssessment, type Answers, type ProducerFeedback } from '../domain/ranking';
import { audit, type AuditActor } from './audit.service';
import { criteriaSetById, criteriaSetFor, definitionOf, entrySheet } from './criteria-sets.service';
import { productSetOf, sheetCodeFor, sheetFor } from '../domain/criteria';
import { findCriteriaSetByCode } from '../db/repositories/criteria-sets.repository';
import type { Feedback, ProductFeedback, SelfAssessment } from '../contracts/feedback';

/**
 * Feedback that helps producers improve (SPEC C4): after a round, where the product lost
 * points, how many it needs for the next class and the cheapest upgrades that get it there;
 * and the same criteria as a self-assessment that predicts the class before applying.
 * Producers see the results of approved rounds; officers also those of closed rounds.
 */

function describeFeedback(set: CriteriaSet, fb: ProducerFeedback): Feedback {
  const byCode = new Map(set.criteria.map((c) => [c.code, c]));
  return {
    total: fb.total,
    totalText: formatScore(fb.total),
    stars: fb.stars,
    lostPoints: fb.lostPoints.map((l) => ({ ...l, got: round2(l.got), lost: round2(l.lost) })),
    target: fb.target ? { ...fb.target, pointsNeeded: round2(fb.target.pointsNeeded) } : null,
    reachable: fb.reachable,
    mustFix: fb.mustFix.map((code) => ({ criterionCode: code, name: byCode.get(code)!.name, reason: byCode.get(code)!.disqualifying?.reason ?? null })),
    plan: fb.plan
      ? {
          gain: round2(fb.plan.gain),
          overshoot: round2(fb.plan.overshoot),
          upgrades: fb.plan.upgrades.map((u) => {
            const c = byCode.get(u.criterionCode)!;
            const option = c.options.find((o) => o.code === u.toOptionCode);
            return {
              criterionCode: u.criterionCode,
              name: c.name,
              fromPoints: round2(u.fromPoints),
              toOptionCode: u.toOptionCode,
              toOptionLabel: option?.label ?? ({ vi: u.toOptionCode, en: u.toOptionCode } as Localized),
              toPoints: u.toPoints,
              gain: round2(u.gain),
            };
          }),
        }
      : null,
  };
}

/** Council means can have long binary fractions (e.g. 2.3333…): two decimals are plenty to read. */
function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * The product's current class and what it rests on: its valid certificate when it has one,
 * else its latest recognition on record (history kept from before the platform).
 */
async function currentClass(db: Db, productId: string, stars: number | null): Promise<ProductFeedback['current']> {
  const today = clock.today();
  const [certificate] = (await liveCertificatesOfProduct(db, productId, today)).sort((a, b) => (a.issuedOn < b.issuedOn ? 1 : -1));
  const latest = (await starRecords(db, productId)).at(-1)?.record;
  return {
    stars,
    certificate: certificate
      ? { number: certificate.number, stars: certificate.stars, issuedOn: certificate.issuedOn, validUntil: certificate.validUntil, decisionNumber: certificate.decisionNumber, level: certificate.level }
      : null,
    recognition: latest ? { stars: latest.stars, year: latest.year, level: latest.level, decision: latest.decision } : null,
  };
}

export async function productFeedback(db: Db, actor: Actor, productId: string, roundId?: string): Promise<ProductFeedback> {
  const view = await loadProduct(db, actor, productId, 'feedback');
  const results = (await rounds.resultsOfProduct(db, productId, feedbackRoundStatuses(actor))).flatMap((r) => (r.entry.result?.evaluated ? [{ ...r, result: r.entry.result }] : []));
  const chosen = roundId ? results.find((r) => r.round.id === roundId) : results[0];
  const history = results.map(({ round, result: res }) => ({
    roundId: round.id, roundName: round.name, date: round.date, level: round.level, status: round.status, meanTotal: res.meanTotal, stars: res.stars, outcome: res.outcome.action,
  }));
  const current = await currentClass(db, productId, view.product.stars);
  const base = { productId, productName: view.product.name, entityName: view.entityName, groupCode: view.product.groupCode, history, current };
  if (!chosen) return { ...base, round: null, criteriaSetCode: null, result: null, feedback: null };

  const { result } = chosen;
  const set = await entrySheet(db, chosen.entry);
  // Only disqualifying options can be fixed by a better option; declared knock-outs are listed as they are.
  const fixable = new Set(set.criteria.filter((c) => c.disqualifying).map((c) => c.code));
  const mustFix = result.disqualified ? [...new Set(result.disqualifyingVotes.map((v) => v.criterionCode))].filter((c) => fixable.has(c)) : [];
  const fb = producerFeedback(set, { points: result.criterionMeans, mustFix });
  return {
    ...base,
    round: {
      id: chosen.round.id,
      name: chosen.round.name,
      date: chosen.round.date,
      level: chosen.round.level,
      status: chosen.round.status,
      decisionNumber: chosen.round.decisionNumber,
      rule: ruleLabel(chosen.round.ruleVersion),
    },
    criteriaSetCode: chosen.criteriaSetCode,
    result: {
      meanTotal: result.meanTotal,
      meanTotalText: result.meanTotalText,
      parts: result.parts,
      stars: result.stars,
      disqualified: result.disqualified,
      stopped: result.stopped ?? false,
      knockOuts: result.knockOutReasons ?? [],
      starsByTotal: result.starsByTotal ?? result.stars,
      missedMinimums: result.missedMinimums ?? [],
      outcome: result.outcome,
      disagreements: result.disagreements,
    },
    feedback: describeFeedback(set, fb),
  };
}

export interface SelfAssessmentInput {
  answers: Answers;
  /** A published criteria set; default: the one in force today for the product's group. */
  criteriaSetCode?: string;
}

type ProductKind = { groupCode: string; subgroupCode: string; productSetCode?: string | null };

async function resolveSet(db: Db, code: string | undefined, product: ProductKind): Promise<{ id: string; set: CriteriaSet }> {
  let chosen: { id: string; set: CriteriaSet } | undefined;
  if (code) {
    const row = await findCriteriaSetByCode(db, code);
    if (!row || row.status !== 'published') throw new ValidationError([{ path: 'criteriaSetCode', code: 'errors.criteriaSet.unknown', params: { code } }]);
    chosen = { id: row.id, set: definitionOf(row) };
  } else {
    chosen = await criteriaSetFor(db, clock.today(), product.groupCode);
  }
  if (!chosen) throw new ValidationError([{ path: 'criteriaSetCode', code: 'errors.round.noCriteriaSet', params: { group: product.groupCode, date: clock.today() } }]);
  return { id: chosen.id, set: productSheet(chosen.set, product) };
}

/** The sheet of the product's set in a version (the version itself when it has one sheet). */
function productSheet(set: CriteriaSet, product: ProductKind): CriteriaSet {
  const productSet = productSetOf(product);
  const sheet = sheetFor(set, sheetCodeFor(set, productSet));
  if (!sheet) throw new ValidationError([{ path: 'criteriaSetCode', code: 'errors.round.noSheet', params: { set: productSet ?? product.subgroupCode, code: set.code } }]);
  return sheet;
}

function describeSelfAssessment(set: CriteriaSet, answers: Record<string, string>): Omit<SelfAssessment, 'id' | 'createdAt'> {
  const sa = selfAssessment(set, answers);
  return {
    criteriaSetCode: set.code,
    answers,
    total: sa.sheet.total,
    parts: sa.sheet.parts,
    complete: sa.sheet.complete,
    missing: sa.sheet.missing,
    predictedStars: sa.predictedStars,
    isLowerBound: sa.isLowerBound,
    disqualified: sa.disqualified,
    disqualifiedBy: sa.disqualifiedBy,
    eligibleForCertificate: sa.eligibleForCertificate,
    feedback: describeFeedback(set, sa.feedback),
  };
}

/** Scores a producer's self-assessment and keeps it (audited on the product). */
export async function saveSelfAssessment(db: Db, actor: Actor, who: AuditActor, productId: string, input: SelfAssessmentInput): Promise<SelfAssessment> {
  const view = await loadProduct(db, actor, productId, 'selfAssess');
  const { id: setId, set } = await resolveSet(db, input.criteriaSetCode, view.product);
  // Unanswered criteria (null or empty) are left out of what is kept and answered.
  const answers: Record<string, string> = {};
  for (const [k, v] of Object.entries(input.answers)) if (typeof v === 'string' && v) answers[k] = v;
  const described = describeSelfAssessment(set, answers);
  const row = await db.transaction(async (tx) => {
    const saved = await rounds.insertSelfAssessment(tx, { productId, criteriaSetId: setId, answers, total: described.total, predictedStars: described.predictedStars, createdBy: actor.id });
    await audit(tx, who, 'self-assessment', 'product', productId, { criteriaSet: set.code, total: described.total, predictedStars: described.predictedStars, complete: described.complete });
    return saved;
  });
  return { id: row.id, createdAt: row.createdAt.toISOString(), ...described };
}

export async function latestSelfAssessment(db: Db, actor: Actor, productId: string): Promise<{ item: SelfAssessment | null }> {
  const view = await loadProduct(db, actor, productId, 'feedback');
  const row = await rounds.latestSelfAssessment(db, productId);
  if (!row) return { item: null };
  const set = productSheet(await criteriaSetById(db, row.assessment.criteriaSetId), view.product);
  return { item: { id: row.assessment.id, createdAt: row.assessment.createdAt.toISOString(), ...describeSelfAssessment(set, row.assessment.answers) } };
}
