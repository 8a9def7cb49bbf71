import { ideaRoles } from './idea.machine';
import { PROCEDURES, procedureFor, type Procedure } from './procedure';
import { defineMachine, type StateMachine } from './state-machine';

/**
 * Step 3 of the annual cycle — building and appraising the business plan ("Xây dựng và
 * thẩm định kế hoạch kinh doanh"). After training, the producer writes the plan and files it
 * with the commune OCOP officer, who forwards it to the appraising level (province; district
 * before 2025-07-01). The appraisal selects the plan for the cycle, or sends it back to be
 * completed and filed again ("hoàn thiện, nộp lại"); a plan may also fail for this year
 * ("trượt lần 2" in the cycle diagram → join next year).
 *
 * Every filed version is kept: `submit` and `resubmit` are marked `createsVersion`, and the
 * service stores the content of the plan as version 1, 2, … at each of them.
 */

export const BUSINESS_PLAN_STATUSES = [
  'draft',
  'submitted',
  'forwarded',
  'under-appraisal',
  'accepted',
  'returned',
  'rejected',
  'withdrawn',
] as const;
export type BusinessPlanStatus = (typeof BUSINESS_PLAN_STATUSES)[number];

export const BUSINESS_PLAN_ACTIONS = [
  'submit',
  'forward',
  'start-appraisal',
  'accept',
  'return',
  'reject',
  'resubmit',
  'withdraw',
] as const;
export type BusinessPlanAction = (typeof BUSINESS_PLAN_ACTIONS)[number];

export type BusinessPlanMachine = StateMachine<BusinessPlanStatus, BusinessPlanAction>;

export function buildBusinessPlanMachine(procedure: Procedure): BusinessPlanMachine {
  const r = ideaRoles(procedure);
  const level = PROCEDURES[procedure].appraisingLevel;
  return defineMachine<BusinessPlanStatus, BusinessPlanAction>({
    id: procedure === 'current' ? 'business-plan' : 'business-plan-legacy',
    label: {
      vi: `Kế hoạch kinh doanh (bước 3) — ${PROCEDURES[procedure].label.vi}`,
      en: `Business plan (step 3) — ${PROCEDURES[procedure].label.en}`,
    },
    initial: 'draft',
    statuses: {
      draft: {
        label: { vi: 'Bản nháp', en: 'Draft' },
        description: {
          vi: 'Chủ thể đang xây dựng kế hoạch kinh doanh sau khi được tập huấn.',
          en: 'The producer is writing the business plan after the training.',
        },
      },
      submitted: {
        label: { vi: 'Đã nộp cho xã', en: 'Filed with the commune' },
        description: {
          vi: 'Kế hoạch (một phiên bản mới) đã nộp cho cán bộ OCOP xã; chờ xã chuyển đi.',
          en: 'The plan (a new version) was filed with the commune OCOP officer; waiting for the commune to forward it.',
        },
      },
      forwarded: {
        label: { vi: `Đã chuyển lên ${level.vi}`, en: `Forwarded to the ${level.en}` },
        description: {
          vi: `Chờ ${level.vi} thẩm định.`,
          en: `Waiting for the ${level.en} to appraise it.`,
        },
      },
      'under-appraisal': {
        label: { vi: 'Đang thẩm định', en: 'Under appraisal' },
        description: {
          vi: `Cán bộ OCOP ${level.vi} đang thẩm định kế hoạch.`,
          en: `The ${level.en} OCOP officer is appraising the plan.`,
        },
      },
      accepted: {
        label: { vi: 'Đạt — được chọn tham gia chu trình', en: 'Accepted for the cycle' },
        description: {
          vi: 'Kế hoạch đạt; chủ thể triển khai kế hoạch (bước 4) từ ngày được duyệt.',
          en: 'The plan passed; the producer implements it (step 4) from the approval date.',
        },
        terminal: true,
        outcome: 'positive',
      },
      returned: {
        label: { vi: 'Trả lại để hoàn thiện', en: 'Returned for revision' },
        description: {
          vi: 'Kế hoạch chưa đạt: chủ thể hoàn thiện theo lý do được nêu và nộp lại (phiên bản mới).',
          en: 'The plan did not pass yet: the producer revises it as the stated reasons ask and files a new version.',
        },
      },
      rejected: {
        label: { vi: 'Không được chọn', en: 'Not selected' },
        description: {
          vi: 'Kế hoạch không được chọn trong chu trình năm nay (tham gia năm sau).',
          en: 'The plan was not selected in this year’s cycle (join next year).',
        },
        terminal: true,
        outcome: 'negative',
      },
      withdrawn: {
        label: { vi: 'Đã rút', en: 'Withdrawn' },
        description: { vi: 'Chủ thể đã rút kế hoạch.', en: 'The producer withdrew the plan.' },
        terminal: true,
        outcome: 'negative',
      },
    },
    actions: {
      submit: { label: { vi: 'Nộp kế hoạch', en: 'File the plan' } },
      forward: { label: { vi: `Chuyển lên ${level.vi}`, en: `Forward to the ${level.en}` } },
      'start-appraisal': { label: { vi: 'Bắt đầu thẩm định', en: 'Start the appraisal' } },
      accept: { label: { vi: 'Duyệt (đạt)', en: 'Accept' } },
      return: { label: { vi: 'Trả lại để hoàn thiện', en: 'Return for revision' } },
      reject: { label: { vi: 'Không chọn', en: 'Reject' } },
      resubmit: { label: { vi: 'Nộp lại (phiên bản mới)', en: 'Resubmit (new version)' } },
      withdraw: { label: { vi: 'Rút kế hoạch', en: 'Withdraw' } },
    },
    transitions: [
      { from: ['draft'], action: 'submit', to: 'submitted', roles: r.filer, createsVersion: true },
      { from: ['submitted'], action: 'forward', to: 'forwarded', roles: r.commune },
      {
        from: ['submitted'],
        action: 'return',
        to: 'returned',
        roles: r.commune,
        requiresNote: true,
        description: { vi: 'Xã trả lại cho chủ thể', en: 'The commune returns it to the producer' },
      },
      { from: ['forwarded'], action: 'start-appraisal', to: 'under-appraisal', roles: r.appraiser },
      // the appraisal may also be recorded directly on a forwarded plan
      { from: ['forwarded', 'under-appraisal'], action: 'accept', to: 'accepted', roles: r.appraiser },
      {
        from: ['forwarded', 'under-appraisal'],
        action: 'return',
        to: 'returned',
        roles: r.appraiser,
        requiresNote: true,
        description: { vi: `${level.vi} trả lại để hoàn thiện`, en: `The ${level.en} returns it for revision` },
      },
      { from: ['forwarded', 'under-appraisal'], action: 'reject', to: 'rejected', roles: r.appraiser, requiresNote: true },
      { from: ['returned'], action: 'resubmit', to: 'submitted', roles: r.filer, createsVersion: true },
      {
        from: ['draft', 'submitted', 'forwarded', 'under-appraisal', 'returned'],
        action: 'withdraw',
        to: 'withdrawn',
        roles: r.owner,
      },
    ],
  });
}

export const businessPlanMachine: BusinessPlanMachine = buildBusinessPlanMachine('current');
export const legacyBusinessPlanMachine: BusinessPlanMachine = buildBusinessPlanMachine('legacy');

export function businessPlanMachineFor(date: Date | string): BusinessPlanMachine {
  return procedureFor(date) === 'current' ? businessPlanMachine : legacyBusinessPlanMachine;
}
