import type { Role } from '../users/roles';
import { PROCEDURES, procedureFor, type Procedure } from './procedure';
import { defineMachine, type LocalizedText, type StateMachine } from './state-machine';

/**
 * Entry to step 5 — the evaluation dossier ("hồ sơ đánh giá, phân hạng"). The producer files
 * it with the commune; under Decision 1489/2025 the commune pre-assesses the items the rules
 * give it (local origin of the product / raw materials, use of local labour, origin of the
 * product idea) and proposes the product to the province, which checks the dossier for
 * completeness before it can go into an evaluation round. Before 2025-07-01 the commune only
 * reviewed and forwarded; the district (or the province for products it forwarded) checked.
 * `in-round` and `evaluated` are set by the evaluation round (C4).
 */

export const DOSSIER_STATUSES = [
  'draft',
  'submitted',
  'pre-assessed',
  'forwarded',
  'returned',
  'complete',
  'in-round',
  'evaluated',
  'rejected',
  'withdrawn',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const DOSSIER_ACTIONS = [
  'submit',
  'pre-assess',
  'forward',
  'confirm-complete',
  'return',
  'reject',
  'resubmit',
  'withdraw',
  'include-in-round',
  'remove-from-round',
  'record-result',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

export type DossierMachine = StateMachine<DossierStatus, DossierAction>;

/** How a product reached evaluation (SPEC C3: the system records which path each took). */
export const DOSSIER_ENTRY_PATHS = ['cycle', 'existing-product'] as const;
export type DossierEntryPath = (typeof DOSSIER_ENTRY_PATHS)[number];

export const DOSSIER_ENTRY_PATH_LABELS: { readonly [P in DossierEntryPath]: { label: LocalizedText; description: LocalizedText } } = {
  cycle: {
    label: { vi: 'Theo chu trình (ý tưởng → kế hoạch kinh doanh)', en: 'Through the cycle (idea → business plan)' },
    description: {
      vi: 'Sản phẩm mới, đi qua đăng ký ý tưởng và kế hoạch kinh doanh được duyệt trong chu trình OCOP.',
      en: 'A new product that went through idea registration and an accepted business plan in the OCOP cycle.',
    },
  },
  'existing-product': {
    label: { vi: 'Sản phẩm đã có, đăng ký đánh giá trực tiếp', en: 'Existing product registered directly' },
    description: {
      vi: 'Sản phẩm đã sản xuất, kinh doanh; chủ thể đăng ký đánh giá, phân hạng trực tiếp (không cần kế hoạch kinh doanh).',
      en: 'A product already on the market whose producer registers it for evaluation directly (no business plan needed).',
    },
  },
};

export function isDossierEntryPath(value: unknown): value is DossierEntryPath {
  return typeof value === 'string' && (DOSSIER_ENTRY_PATHS as readonly string[]).includes(value);
}

/** Who may do what with a dossier, by procedure. Admin may do everything officers do. */
export function dossierRoles(procedure: Procedure): {
  filer: Role[];
  commune: Role[];
  checker: Role[];
  round: Role[];
  owner: Role[];
} {
  const legacy = procedure === 'legacy';
  return {
    filer: ['producer', 'commune', 'admin'],
    commune: ['commune', 'admin'],
    // completeness check: province (two-level); district, or the province for products forwarded to it (legacy)
    checker: legacy ? ['district', 'province', 'admin'] : ['province', 'admin'],
    // evaluation rounds: provincial rounds, and national (5★) rounds by the central office
    round: legacy ? ['district', 'province', 'central', 'admin'] : ['province', 'central', 'admin'],
    owner: ['producer', 'admin'],
  };
}

export function buildDossierMachine(procedure: Procedure): DossierMachine {
  const r = dossierRoles(procedure);
  const current = procedure === 'current';
  const level = PROCEDURES[procedure].appraisingLevel;
  return defineMachine<DossierStatus, DossierAction>({
    id: current ? 'dossier' : 'dossier-legacy',
    label: {
      vi: `Hồ sơ đánh giá, phân hạng (bước 5) — ${PROCEDURES[procedure].label.vi}`,
      en: `Evaluation dossier (step 5) — ${PROCEDURES[procedure].label.en}`,
    },
    initial: 'draft',
    statuses: {
      draft: {
        label: { vi: 'Bản nháp', en: 'Draft' },
        description: { vi: 'Chủ thể đang chuẩn bị hồ sơ.', en: 'The producer is preparing the dossier.' },
      },
      submitted: {
        label: { vi: 'Đã nộp cho xã', en: 'Filed with the commune' },
        description: {
          vi: current ? 'Chờ UBND xã đánh giá sơ bộ.' : 'Chờ xã xem xét và chuyển lên huyện.',
          en: current ? 'Waiting for the commune’s pre-assessment.' : 'Waiting for the commune to review and forward it to the district.',
        },
      },
      'pre-assessed': {
        label: current
          ? { vi: 'Xã đã đánh giá sơ bộ', en: 'Pre-assessed by the commune' }
          : { vi: 'Xã đã xem xét', en: 'Reviewed by the commune' },
        description: current
          ? {
              vi: 'UBND xã đã đánh giá sơ bộ phần thuộc thẩm quyền của xã (nguồn gốc địa phương của sản phẩm, nguyên liệu; sử dụng lao động địa phương; nguồn gốc ý tưởng sản phẩm); chờ xã đề xuất lên tỉnh.',
              en: 'The commune pre-assessed its part of the dossier (local origin of the product and raw materials, use of local labour, origin of the product idea); waiting for the commune to propose it to the province.',
            }
          : { vi: 'Xã đã xem xét hồ sơ; chờ chuyển lên huyện.', en: 'The commune reviewed the dossier; waiting to be forwarded to the district.' },
      },
      forwarded: {
        label: current
          ? { vi: 'Xã đã đề xuất lên tỉnh', en: 'Proposed to the province' }
          : { vi: 'Đã chuyển lên huyện', en: 'Forwarded to the district' },
        description: {
          vi: `Chờ ${level.vi} kiểm tra tính đầy đủ của hồ sơ.`,
          en: `Waiting for the ${level.en} to check the dossier for completeness.`,
        },
      },
      returned: {
        label: { vi: 'Chưa đầy đủ — trả lại để bổ sung', en: 'Incomplete — returned for completion' },
        description: {
          vi: 'Hồ sơ được trả lại kèm lý do; chủ thể bổ sung, hoàn thiện và nộp lại.',
          en: 'The dossier was returned with reasons; the producer completes it and files it again.',
        },
      },
      complete: {
        label: { vi: 'Hồ sơ đầy đủ — sẵn sàng đánh giá', en: 'Complete — ready for evaluation' },
        description: {
          vi: 'Hồ sơ hợp lệ, chờ đưa vào một đợt đánh giá, phân hạng.',
          en: 'The dossier is complete and waits to be put into an evaluation round.',
        },
      },
      'in-round': {
        label: { vi: 'Trong đợt đánh giá', en: 'In an evaluation round' },
        description: {
          vi: 'Sản phẩm đã được đưa vào một đợt đánh giá; hội đồng đang chấm điểm.',
          en: 'The product is in an evaluation round; the council is scoring it.',
        },
      },
      evaluated: {
        label: { vi: 'Đã đánh giá, phân hạng', en: 'Evaluated' },
        description: {
          vi: 'Đợt đánh giá đã kết thúc và có kết quả phân hạng cho sản phẩm.',
          en: 'The round closed with a ranking result for the product.',
        },
        terminal: true,
        outcome: 'positive',
      },
      rejected: {
        label: { vi: 'Không đủ điều kiện đánh giá', en: 'Not eligible for evaluation' },
        description: {
          vi: 'Sản phẩm không đủ điều kiện tham gia đánh giá (ví dụ: không sử dụng nguyên liệu địa phương, thiếu giấy phép sản xuất bắt buộc).',
          en: 'The product may not be evaluated (e.g. it uses no local raw material, or lacks a mandatory production licence).',
        },
        terminal: true,
        outcome: 'negative',
      },
      withdrawn: {
        label: { vi: 'Đã rút', en: 'Withdrawn' },
        description: { vi: 'Chủ thể đã rút hồ sơ.', en: 'The producer withdrew the dossier.' },
        terminal: true,
        outcome: 'negative',
      },
    },
    actions: {
      submit: { label: { vi: 'Nộp hồ sơ cho xã', en: 'File with the commune' } },
      'pre-assess': {
        label: current ? { vi: 'Ghi kết quả đánh giá sơ bộ', en: 'Record the pre-assessment' } : { vi: 'Ghi nhận đã xem xét', en: 'Record the review' },
      },
      forward: {
        label: current ? { vi: 'Đề xuất lên tỉnh', en: 'Propose to the province' } : { vi: 'Chuyển lên huyện', en: 'Forward to the district' },
      },
      'confirm-complete': { label: { vi: 'Xác nhận hồ sơ đầy đủ', en: 'Confirm complete' } },
      return: { label: { vi: 'Trả lại để bổ sung', en: 'Return for completion' } },
      reject: { label: { vi: 'Không đủ điều kiện', en: 'Declare not eligible' } },
      resubmit: { label: { vi: 'Nộp lại', en: 'Resubmit' } },
      withdraw: { label: { vi: 'Rút hồ sơ', en: 'Withdraw' } },
      'include-in-round': { label: { vi: 'Đưa vào đợt đánh giá', en: 'Put into a round' } },
      'remove-from-round': { label: { vi: 'Rút khỏi đợt đánh giá', en: 'Remove from the round' } },
      'record-result': { label: { vi: 'Ghi kết quả đánh giá', en: 'Record the result' } },
    },
    transitions: [
      { from: ['draft'], action: 'submit', to: 'submitted', roles: r.filer, createsVersion: true },
      // the commune may correct its pre-assessment before proposing
      { from: ['submitted', 'pre-assessed'], action: 'pre-assess', to: 'pre-assessed', roles: r.commune },
      // two-level: only a pre-assessed dossier can be proposed; legacy: the review was optional
      { from: current ? ['pre-assessed'] : ['submitted', 'pre-assessed'], action: 'forward', to: 'forwarded', roles: r.commune },
      {
        from: ['submitted', 'pre-assessed'],
        action: 'return',
        to: 'returned',
        roles: r.commune,
        requiresNote: true,
        description: { vi: 'Xã trả lại cho chủ thể', en: 'The commune returns it to the producer' },
      },
      { from: ['forwarded'], action: 'confirm-complete', to: 'complete', roles: r.checker },
      {
        from: ['forwarded', 'complete'],
        action: 'return',
        to: 'returned',
        roles: r.checker,
        requiresNote: true,
        description: { vi: `${level.vi} trả lại vì hồ sơ chưa đầy đủ`, en: `The ${level.en} returns it as incomplete` },
      },
      { from: ['forwarded', 'complete'], action: 'reject', to: 'rejected', roles: r.checker, requiresNote: true },
      { from: ['returned'], action: 'resubmit', to: 'submitted', roles: r.filer, createsVersion: true },
      {
        from: ['draft', 'submitted', 'pre-assessed', 'forwarded', 'returned', 'complete'],
        action: 'withdraw',
        to: 'withdrawn',
        roles: r.owner,
      },
      { from: ['complete'], action: 'include-in-round', to: 'in-round', roles: r.round },
      { from: ['in-round'], action: 'remove-from-round', to: 'complete', roles: r.round, requiresNote: true },
      { from: ['in-round'], action: 'record-result', to: 'evaluated', roles: r.round },
    ],
  });
}

export const dossierMachine: DossierMachine = buildDossierMachine('current');
export const legacyDossierMachine: DossierMachine = buildDossierMachine('legacy');

export function dossierMachineFor(date: Date | string): DossierMachine {
  return procedureFor(date) === 'current' ? dossierMachine : legacyDossierMachine;
}

/* ---------------------------------------------------------------------------------------
 * The commune's pre-assessment (Decision 1489/2025). The full list is "to verify" in the
 * rules digest, so it is kept here as data the service can show and store per dossier.
 * ------------------------------------------------------------------------------------- */

export const COMMUNE_PRE_ASSESSMENT_CRITERIA = [
  {
    code: 'local-origin',
    label: { vi: 'Nguồn gốc địa phương của sản phẩm, nguyên liệu', en: 'Local origin of the product and raw materials' },
    /** A product that uses no local raw material is excluded (criterion A1). */
    disqualifying: true,
  },
  {
    code: 'local-labour',
    label: { vi: 'Sử dụng lao động địa phương', en: 'Use of local labour' },
    disqualifying: false,
  },
  {
    code: 'idea-origin',
    label: { vi: 'Nguồn gốc ý tưởng sản phẩm', en: 'Origin of the product idea' },
    disqualifying: false,
  },
] as const satisfies readonly { code: string; label: LocalizedText; disqualifying: boolean }[];

export type CommunePreAssessmentCriterion = (typeof COMMUNE_PRE_ASSESSMENT_CRITERIA)[number]['code'];

export const PRE_ASSESSMENT_RESULTS = ['meets', 'does-not-meet', 'not-applicable'] as const;
export type PreAssessmentResult = (typeof PRE_ASSESSMENT_RESULTS)[number];

export const PRE_ASSESSMENT_RESULT_LABELS: { readonly [R in PreAssessmentResult]: LocalizedText } = {
  meets: { vi: 'Đạt', en: 'Meets' },
  'does-not-meet': { vi: 'Không đạt', en: 'Does not meet' },
  'not-applicable': { vi: 'Không áp dụng', en: 'Not applicable' },
};

export interface PreAssessmentOutcome {
  /** Every criterion has a result. */
  readonly complete: boolean;
  readonly missing: CommunePreAssessmentCriterion[];
  /** Disqualifying criteria found not met: the commune must not propose the product. */
  readonly disqualifiedBy: CommunePreAssessmentCriterion[];
  /** The commune may propose the product to the province. */
  readonly mayPropose: boolean;
}

/**
 * Reads a pre-assessment (criterion → result, or → `{ result }` as the pre-assessment form
 * gives it) for the commune's "propose" decision.
 */
export function preAssessmentOutcome(
  results: Partial<Record<CommunePreAssessmentCriterion, PreAssessmentResult | { readonly result: PreAssessmentResult }>>,
): PreAssessmentOutcome {
  const resultOf = (code: CommunePreAssessmentCriterion): PreAssessmentResult | undefined => {
    const r = results[code];
    return typeof r === 'object' && r !== null ? r.result : r;
  };
  const missing = COMMUNE_PRE_ASSESSMENT_CRITERIA.filter((c) => !resultOf(c.code)).map((c) => c.code);
  const disqualifiedBy = COMMUNE_PRE_ASSESSMENT_CRITERIA.filter(
    (c) => c.disqualifying && resultOf(c.code) === 'does-not-meet',
  ).map((c) => c.code);
  return {
    complete: missing.length === 0,
    missing,
    disqualifiedBy,
    mayPropose: missing.length === 0 && disqualifiedBy.length === 0,
  };
}
