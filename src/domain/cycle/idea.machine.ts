import type { Role } from '../users/roles';
import { PROCEDURES, procedureFor, type Procedure } from './procedure';
import { defineMachine, type StateMachine } from './state-machine';

/**
 * Step 2 of the annual cycle — registering a product idea ("Đăng ký – nhận ý tưởng sản
 * phẩm", national adviser's slides). People fill the idea form and hand it to the commune
 * OCOP officer; the commune receives it and forwards it to the appraising level (the
 * province under the two-level procedure, the district before 2025-07-01), whose selection
 * team assesses it: a passing idea is selected for the cycle, a failing one is completed
 * and filed again ("hoàn thiện, nộp lại") — or drops out this year ("trượt": join next year).
 */

export const IDEA_STATUSES = [
  'draft',
  'submitted',
  'received',
  'forwarded',
  'accepted',
  'returned',
  'rejected',
  'withdrawn',
] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

export const IDEA_ACTIONS = [
  'submit',
  'receive',
  'forward',
  'return',
  'accept',
  'reject',
  'resubmit',
  'withdraw',
] as const;
export type IdeaAction = (typeof IDEA_ACTIONS)[number];

export type IdeaMachine = StateMachine<IdeaStatus, IdeaAction>;

/** Who may do what, by procedure. Admin may do everything officers do. */
export function ideaRoles(procedure: Procedure): {
  filer: Role[];
  commune: Role[];
  appraiser: Role[];
  owner: Role[];
} {
  const legacy = procedure === 'legacy';
  return {
    // the producer, or an officer on its behalf (the commune; the district before the reform)
    filer: legacy ? ['producer', 'commune', 'district', 'admin'] : ['producer', 'commune', 'admin'],
    // receives and forwards: the commune (before the reform ideas could also be handed to the district officer)
    commune: legacy ? ['commune', 'district', 'admin'] : ['commune', 'admin'],
    appraiser: [PROCEDURES[procedure].appraisingRole, 'admin'],
    owner: ['producer', 'admin'],
  };
}

export function buildIdeaMachine(procedure: Procedure): IdeaMachine {
  const r = ideaRoles(procedure);
  const level = PROCEDURES[procedure].appraisingLevel;
  return defineMachine<IdeaStatus, IdeaAction>({
    id: procedure === 'current' ? 'idea' : 'idea-legacy',
    label: {
      vi: `Đăng ký ý tưởng sản phẩm (bước 2) — ${PROCEDURES[procedure].label.vi}`,
      en: `Product idea registration (step 2) — ${PROCEDURES[procedure].label.en}`,
    },
    initial: 'draft',
    statuses: {
      draft: {
        label: { vi: 'Bản nháp', en: 'Draft' },
        description: {
          vi: 'Phiếu đăng ký ý tưởng sản phẩm đang được soạn, chưa nộp.',
          en: 'The idea registration form is being written and has not been filed yet.',
        },
      },
      submitted: {
        label: { vi: 'Đã nộp cho xã', en: 'Filed with the commune' },
        description: {
          vi: 'Chủ thể (hoặc cán bộ thay mặt) đã nộp phiếu cho cán bộ OCOP xã; chờ xã tiếp nhận.',
          en: 'The producer (or an officer on its behalf) filed the form with the commune OCOP officer; waiting for the commune to receive it.',
        },
      },
      received: {
        label: { vi: 'Xã đã tiếp nhận', en: 'Received by the commune' },
        description: {
          vi: `Cán bộ OCOP xã đã tiếp nhận phiếu và xem xét trước khi chuyển lên ${level.vi}.`,
          en: `The commune OCOP officer received the form and reviews it before forwarding it to the ${level.en}.`,
        },
      },
      forwarded: {
        label: { vi: `Đã chuyển lên ${level.vi}, chờ xét chọn`, en: `Forwarded to the ${level.en} for selection` },
        description: {
          vi: `Tổ xét chọn ${level.vi} đánh giá ý tưởng theo tiêu chí.`,
          en: `The ${level.en} selection team assesses the idea against the criteria.`,
        },
      },
      accepted: {
        label: { vi: 'Được chọn tham gia chu trình', en: 'Selected for the cycle' },
        description: {
          vi: 'Ý tưởng đạt: được lựa chọn tham gia chu trình; bước tiếp theo là tập huấn và xây dựng kế hoạch kinh doanh.',
          en: 'The idea passed: it joins this year’s cycle; next come training and the business plan.',
        },
        terminal: true,
        outcome: 'positive',
      },
      returned: {
        label: { vi: 'Trả lại để hoàn thiện', en: 'Returned for revision' },
        description: {
          vi: 'Ý tưởng chưa đạt: chủ thể hoàn thiện theo lý do được nêu rồi nộp lại.',
          en: 'The idea did not pass yet: the producer revises it as the stated reasons ask and files it again.',
        },
      },
      rejected: {
        label: { vi: 'Không được chọn', en: 'Not selected' },
        description: {
          vi: 'Ý tưởng không được chọn trong chu trình năm nay (có thể đăng ký lại năm sau).',
          en: 'The idea was not selected in this year’s cycle (it may be filed again next year).',
        },
        terminal: true,
        outcome: 'negative',
      },
      withdrawn: {
        label: { vi: 'Đã rút', en: 'Withdrawn' },
        description: { vi: 'Chủ thể đã rút ý tưởng trước khi được chọn.', en: 'The producer withdrew the idea before selection.' },
        terminal: true,
        outcome: 'negative',
      },
    },
    actions: {
      submit: { label: { vi: 'Nộp phiếu cho xã', en: 'File with the commune' } },
      receive: { label: { vi: 'Tiếp nhận', en: 'Receive' } },
      forward: { label: { vi: `Chuyển lên ${level.vi}`, en: `Forward to the ${level.en}` } },
      return: { label: { vi: 'Trả lại để hoàn thiện', en: 'Return for revision' } },
      accept: { label: { vi: 'Chọn tham gia chu trình', en: 'Select for the cycle' } },
      reject: { label: { vi: 'Không chọn', en: 'Reject' } },
      resubmit: { label: { vi: 'Nộp lại', en: 'Resubmit' } },
      withdraw: { label: { vi: 'Rút ý tưởng', en: 'Withdraw' } },
    },
    transitions: [
      { from: ['draft'], action: 'submit', to: 'submitted', roles: r.filer, createsVersion: true },
      { from: ['submitted'], action: 'receive', to: 'received', roles: r.commune },
      // the commune may receive and forward in one step
      { from: ['submitted', 'received'], action: 'forward', to: 'forwarded', roles: r.commune },
      {
        from: ['submitted', 'received'],
        action: 'return',
        to: 'returned',
        roles: r.commune,
        requiresNote: true,
        description: { vi: 'Xã trả lại phiếu cho chủ thể', en: 'The commune returns the form to the producer' },
      },
      { from: ['forwarded'], action: 'accept', to: 'accepted', roles: r.appraiser },
      {
        from: ['forwarded'],
        action: 'return',
        to: 'returned',
        roles: r.appraiser,
        requiresNote: true,
        description: { vi: `${level.vi} trả lại để hoàn thiện`, en: `The ${level.en} returns it for revision` },
      },
      { from: ['forwarded'], action: 'reject', to: 'rejected', roles: r.appraiser, requiresNote: true },
      { from: ['returned'], action: 'resubmit', to: 'submitted', roles: r.filer, createsVersion: true },
      {
        from: ['draft', 'submitted', 'received', 'forwarded', 'returned'],
        action: 'withdraw',
        to: 'withdrawn',
        roles: r.owner,
      },
    ],
  });
}

/** The idea machine of the two-level procedure (from 2025-07-01). */
export const ideaMachine: IdeaMachine = buildIdeaMachine('current');
/** The idea machine before 2025-07-01 (district appraises). */
export const legacyIdeaMachine: IdeaMachine = buildIdeaMachine('legacy');

/** The machine an idea filed on this date follows. */
export function ideaMachineFor(date: Date | string): IdeaMachine {
  return procedureFor(date) === 'current' ? ideaMachine : legacyIdeaMachine;
}
