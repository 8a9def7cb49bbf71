import type { DossierCheckStatus } from './rounds';

/**
 * Dossier checks before approval (issue 11 item 6): a product whose dossier has not been
 * confirmed complete — or, when the round's procedure gives the commune a pre-assessment
 * (1489/2025), whose pre-assessment is missing or failed — is not approved and certified,
 * unless the approver records a reason for it. Pure rule: the service feeds it the round's
 * products and the approver's choices.
 */

export const APPROVAL_BLOCKS = ['dossier-not-confirmed', 'pre-assessment-missing', 'pre-assessment-failed'] as const;
export type ApprovalBlock = (typeof APPROVAL_BLOCKS)[number];

/** The commune's pre-assessment of a product as the one record holds it. */
export interface PreAssessmentState {
  /** The commune recorded its results on the dossier criteria (local origin, labour, idea). */
  readonly recorded: boolean;
  /** Every recorded part lets the commune propose the product. */
  readonly passed: boolean;
}

export interface ApprovalCheckInput {
  readonly productId: string;
  /** The round's result would certify it (outcome `recognise`). */
  readonly recognised: boolean;
  readonly dossierStatus: DossierCheckStatus;
  /** The rule version's procedure has a level that pre-assesses criteria (two-level procedure). */
  readonly preAssessmentRequired: boolean;
  readonly preAssessment: PreAssessmentState | null;
}

/** Why a product may not be certified as it stands (empty: nothing stops it). */
export function approvalBlocks(p: ApprovalCheckInput): ApprovalBlock[] {
  if (!p.recognised) return [];
  const blocks: ApprovalBlock[] = [];
  if (p.dossierStatus !== 'complete') blocks.push('dossier-not-confirmed');
  if (p.preAssessmentRequired) {
    if (!p.preAssessment?.recorded) blocks.push('pre-assessment-missing');
    else if (!p.preAssessment.passed) blocks.push('pre-assessment-failed');
  }
  return blocks;
}

export interface ApprovalChoice {
  /** Blocked products the approver leaves out of this decision. */
  readonly excluded: readonly string[];
  /** Blocked products the approver certifies anyway, with the reason recorded. */
  readonly overrides: ReadonlyArray<{ readonly productId: string; readonly reason: string }>;
}

export interface ApprovalPlan {
  /** Products certified by the decision. */
  readonly certify: string[];
  /** Blocked products left out (not certified). */
  readonly excluded: string[];
  /** Blocked products certified with the approver's reason. */
  readonly overridden: Array<{ productId: string; reason: string; blocks: ApprovalBlock[] }>;
  /** Blocked products the approver said nothing about: the approval cannot go on. */
  readonly undecided: Array<{ productId: string; blocks: ApprovalBlock[] }>;
}

/** Splits the recognised products into certified, left out, certified with a reason, and undecided. */
export function planApproval(products: readonly ApprovalCheckInput[], choice: ApprovalChoice): ApprovalPlan {
  const excluded = new Set(choice.excluded);
  const reasons = new Map(choice.overrides.filter((o) => o.reason.trim() !== '').map((o) => [o.productId, o.reason.trim()]));
  const plan: ApprovalPlan = { certify: [], excluded: [], overridden: [], undecided: [] };
  for (const p of products) {
    if (!p.recognised) continue;
    const blocks = approvalBlocks(p);
    if (blocks.length === 0) {
      plan.certify.push(p.productId);
    } else if (reasons.has(p.productId)) {
      plan.certify.push(p.productId);
      plan.overridden.push({ productId: p.productId, reason: reasons.get(p.productId)!, blocks });
    } else if (excluded.has(p.productId)) {
      plan.excluded.push(p.productId);
    } else {
      plan.undecided.push({ productId: p.productId, blocks });
    }
  }
  return plan;
}
