import type { Role } from '../users/roles';
import { businessPlanMachine } from './business-plan.machine';
import { daysBetween, daysInMonth, isIsoDate, toIsoDate, type IsoDate } from '../dates';
import { dossierMachine } from './dossier.machine';
import { ideaMachine } from './idea.machine';
import { defineMachine, isStatus, type LocalizedText, type StateMachine } from './state-machine';

/**
 * The annual OCOP cycle ("Chu trình OCOP thường niên"): six steps repeated every year, run by
 * each province (which may hold several evaluation rounds in it). Texts follow the national
 * adviser's training slides (seed 002); the default calendar follows their usual months.
 */

export const CYCLE_STEP_CODES = [
  'communication',
  'idea-registration',
  'business-plan',
  'implementation',
  'evaluation',
  'trade-promotion',
] as const;
export type CycleStepCode = (typeof CYCLE_STEP_CODES)[number];
export type CycleStepNumber = 1 | 2 | 3 | 4 | 5 | 6;

export interface CycleStepInfo {
  readonly step: CycleStepNumber;
  readonly code: CycleStepCode;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  /** Who acts in this step. */
  readonly actors: LocalizedText;
  /** Roles of this system that act in the step (admin omitted). */
  readonly actorRoles: readonly Role[];
  /** What is handed in (or out) in this step. */
  readonly handedIn: LocalizedText;
  readonly outcome: LocalizedText;
  /** Usual timing as the slides put it. */
  readonly timing: LocalizedText;
  /** Month the step concentrates on (1–12), when there is one. */
  readonly focusMonth: number | null;
  /** The step goes on all year (the calendar window is only its focus). */
  readonly continuous: boolean;
}

export const cycleSteps: readonly CycleStepInfo[] = [
  {
    step: 1,
    code: 'communication',
    name: { vi: 'Tuyên truyền về OCOP', en: 'Communication about OCOP' },
    description: {
      vi: 'Nâng cao nhận thức của hệ thống quản lý OCOP các cấp và hiểu biết của cộng đồng: sự cần thiết, lịch sử, 3 nguyên tắc và nội dung Chương trình, các hỗ trợ của Nhà nước, cách đề xuất ý tưởng sản phẩm. Kênh: phương tiện truyền thông đại chúng, hội nghị triển khai OCOP (hiệu quả nhất), hội thảo, hội nghị thanh niên, phụ nữ khởi nghiệp; phát phiếu ý tưởng sản phẩm và giải đáp ngay tại hội nghị.',
      en: 'Raise awareness among OCOP officers at every level and understanding in the community: why OCOP, its history, 3 principles and content, state support, how to propose a product idea. Channels: mass media, OCOP launch conferences (the most effective), workshops, youth and women start-up conferences; idea forms are handed out and questions answered on the spot.',
    },
    actors: {
      vi: 'Bộ phận, cá nhân được phân công ở các cấp và cơ quan truyền thông; chủ chốt là cán bộ OCOP tỉnh.',
      en: 'Assigned units and staff at each level and the media; the provincial OCOP officer leads.',
    },
    actorRoles: ['province', 'district', 'commune'],
    handedIn: {
      vi: 'Không nộp hồ sơ; phát mẫu phiếu ý tưởng sản phẩm, hẹn nơi nộp và hạn nộp (thường không quá 2 tuần sau hội nghị).',
      en: 'Nothing is handed in; idea forms are handed out with where and by when to file them (usually within 2 weeks of the conference).',
    },
    outcome: {
      vi: 'Đảng và chính quyền vào cuộc; người dân ở thôn, bản biết, hiểu về Chương trình, có mẫu đăng ký sản phẩm trong tay và biết nộp ở đâu, khi nào hết hạn.',
      en: 'Party and authorities are engaged; villagers know and understand the programme, hold the registration form and know where to file it and by when.',
    },
    timing: { vi: 'Liên tục trong năm, trọng tâm tháng 2', en: 'All year, focus in February' },
    focusMonth: 2,
    continuous: true,
  },
  {
    step: 2,
    code: 'idea-registration',
    name: { vi: 'Đăng ký – nhận ý tưởng sản phẩm', en: 'Product idea registration' },
    description: {
      vi: 'Người dân xem xét mình có thể làm sản phẩm gì, bàn bạc với nhau (nếu cần), điền phiếu ý tưởng sản phẩm và nộp cho cán bộ OCOP xã. Nhà nước tiếp nhận, xem xét, lựa chọn: ý tưởng đạt được chọn tham gia chu trình, ý tưởng chưa đạt hoàn thiện và nộp lại. Lưu ý rào cản pháp lý: sản phẩm cần điều kiện sản xuất (mỹ phẩm: tiền GMP; thực phẩm chức năng, thuốc: GMP; thực phẩm thông thường: an toàn thực phẩm).',
      en: 'People consider what product they can make, discuss it together if needed, fill the idea form and file it with the commune OCOP officer. The state receives, reviews and selects: a passing idea joins the cycle, a failing one is revised and filed again. Mind legal barriers: products that need production licences (cosmetics: pre-GMP; functional foods and medicines: GMP; ordinary food: food safety).',
    },
    actors: {
      vi: 'Người dân, chủ thể đề xuất; cán bộ OCOP xã tiếp nhận và chuyển lên; cấp tỉnh (trước 01/7/2025: cấp huyện) lập tổ xét chọn, đánh giá theo tiêu chí.',
      en: 'People and producers propose; the commune OCOP officer receives and forwards; the province (the district before 2025-07-01) sets up a selection team and assesses against criteria.',
    },
    actorRoles: ['producer', 'commune', 'province', 'district'],
    handedIn: { vi: 'Phiếu đăng ký ý tưởng sản phẩm.', en: 'The product idea registration form.' },
    outcome: {
      vi: 'Ý tưởng được chọn tham gia chu trình; ý tưởng chưa đạt được trả lại để hoàn thiện.',
      en: 'Ideas selected for the cycle; the others returned for revision.',
    },
    timing: { vi: 'Liên tục trong năm, trọng tâm tháng 3', en: 'All year, focus in March' },
    focusMonth: 3,
    continuous: true,
  },
  {
    step: 3,
    code: 'business-plan',
    name: { vi: 'Xây dựng và thẩm định kế hoạch kinh doanh', en: 'Business plan writing and appraisal' },
    description: {
      vi: 'Sau khi được tập huấn (khái niệm kinh doanh, loại hình tổ chức sản xuất – kinh doanh, marketing cơ bản, sản phẩm, kế hoạch tài chính, nội dung kế hoạch kinh doanh), người dân xây dựng kế hoạch kinh doanh và nộp cho cán bộ OCOP. Nhà nước thẩm định: kế hoạch đạt được chọn tham gia chu trình, chưa đạt thì hoàn thiện, nộp lại.',
      en: 'After training (business concepts, forms of business organisation, basic marketing, product, financial plan, contents of a business plan), people write their business plan and file it with the OCOP officer. The state appraises it: a passing plan joins the cycle, a failing one is revised and filed again.',
    },
    actors: {
      vi: 'Chủ thể xây dựng và nộp; cán bộ OCOP xã tiếp nhận; cán bộ OCOP cấp tỉnh (trước 01/7/2025: cấp huyện) thẩm định.',
      en: 'The producer writes and files it; the commune OCOP officer receives it; the provincial OCOP officer (district before 2025-07-01) appraises it.',
    },
    actorRoles: ['producer', 'commune', 'province', 'district'],
    handedIn: { vi: 'Kế hoạch (phương án) kinh doanh.', en: 'The business plan.' },
    outcome: { vi: 'Kế hoạch kinh doanh được duyệt.', en: 'An accepted business plan.' },
    timing: { vi: 'Liên tục trong năm, trọng tâm tháng 4', en: 'All year, focus in April' },
    focusMonth: 4,
    continuous: true,
  },
  {
    step: 4,
    code: 'implementation',
    name: { vi: 'Triển khai kế hoạch kinh doanh', en: 'Business plan implementation' },
    description: {
      vi: 'Chủ thể tự triển khai bằng nguồn lực của mình (vốn chủ trước, vốn vay, hỗ trợ sau) theo kế hoạch đã duyệt, với hỗ trợ của Nhà nước: tập huấn (tái cơ cấu HTX, doanh nghiệp; nghiên cứu phát triển sản phẩm; vốn và huy động vốn; quản trị sản xuất; câu chuyện sản phẩm; giá thành), tư vấn tại chỗ, đề tài khoa học – công nghệ, vay vốn, kết nối nhà khoa học, thị trường và nhà cung ứng đầu vào.',
      en: 'The producer implements the accepted plan with its own resources (own capital first, loans and support after), supported by the state: training (restructuring cooperatives and SMEs, product R&D, capital and fund-raising, production management, product story, costing), on-site advice, science and technology projects, loans, links to scientists, markets and suppliers.',
    },
    actors: {
      vi: 'Chủ thể; cán bộ OCOP các cấp; các sở, ngành (Liên minh HTX, Sở Khoa học và Công nghệ, Sở Y tế, Sở Nông nghiệp, Sở Công Thương).',
      en: 'The producer; OCOP officers at each level; provincial departments (cooperative alliance, science and technology, health, agriculture, industry and trade).',
    },
    actorRoles: ['producer', 'commune', 'province', 'district'],
    handedIn: {
      vi: 'Ghi nhận các hỗ trợ đã nhận và vốn huy động theo nguồn.',
      en: 'Records of support received and capital mobilised by source.',
    },
    outcome: { vi: 'Sản phẩm hoàn thiện, sẵn sàng đánh giá, phân hạng.', en: 'A finished product ready for evaluation.' },
    timing: { vi: 'Liên tục từ khi kế hoạch kinh doanh được duyệt', en: 'Continuously from the plan’s approval' },
    focusMonth: null,
    continuous: true,
  },
  {
    step: 5,
    code: 'evaluation',
    name: { vi: 'Đánh giá và phân hạng sản phẩm', en: 'Product evaluation and ranking' },
    description: {
      vi: 'Hội đồng chấm điểm sản phẩm theo bộ tiêu chí (phần A 40, B 25, C 35 điểm) và phân hạng 1–5 sao: tạo lý do để khách hàng tin tưởng, giúp chủ thể biết điểm yếu để cải tiến, là căn cứ để Nhà nước hỗ trợ xúc tiến thương mại. Chủ thể nên được dự buổi đánh giá để giải trình.',
      en: 'A council scores the product against the criteria set (parts A 40, B 25, C 35 points) and ranks it 1–5 stars: a reason for customers to trust it, a way for producers to see what to improve, and the basis of state trade-promotion support. Producers should attend the session to explain.',
    },
    actors: {
      vi: 'Chủ thể nộp hồ sơ; UBND xã đánh giá sơ bộ và đề xuất; hội đồng cấp tỉnh đánh giá, công nhận 3–4 sao; sản phẩm từ 90 điểm được đề xuất Trung ương công nhận 5 sao (trước 01/7/2025: hội đồng cấp huyện, tỉnh).',
      en: 'The producer files the dossier; the commune pre-assesses and proposes; the provincial council evaluates and recognises 3–4 stars; products scoring 90+ are proposed to the centre for 5 stars (before 2025-07-01: district and provincial councils).',
    },
    actorRoles: ['producer', 'commune', 'province', 'district', 'council', 'central'],
    handedIn: { vi: 'Hồ sơ đánh giá, phân hạng sản phẩm.', en: 'The evaluation dossier.' },
    outcome: {
      vi: 'Hạng sao của sản phẩm; giấy chứng nhận cho sản phẩm từ 3 sao (hiệu lực 36 tháng).',
      en: 'The product’s star class; a certificate for 3 stars and above (valid 36 months).',
    },
    timing: { vi: 'Theo các đợt đánh giá của tỉnh trong năm', en: 'In the province’s evaluation rounds during the year' },
    focusMonth: null,
    continuous: false,
  },
  {
    step: 6,
    code: 'trade-promotion',
    name: { vi: 'Xúc tiến thương mại', en: 'Trade promotion' },
    description: {
      vi: 'Sản phẩm từ 3 sao trở lên được hỗ trợ xúc tiến thương mại: hệ thống trung tâm, điểm giới thiệu và bán sản phẩm OCOP, gian hàng tại trung tâm thương mại, siêu thị, khu dân cư; quảng bá trên phương tiện truyền thông đại chúng; hội chợ; tập huấn kỹ năng bán hàng, tiếp thị; kết nối thị trường.',
      en: 'Products with 3 stars or more get trade-promotion support: OCOP centres and sales points, booths in malls, supermarkets and residential areas; mass-media promotion; fairs; sales and marketing training; market linkage.',
    },
    actors: {
      vi: 'Sở Công Thương; cán bộ OCOP; chủ thể phân công người bán hàng.',
      en: 'The provincial Department of Industry and Trade; OCOP officers; producers who assign their own sales staff.',
    },
    actorRoles: ['trade', 'province', 'producer'],
    handedIn: {
      vi: 'Đăng ký tham gia hội chợ, điểm bán; hợp đồng phân phối.',
      en: 'Registrations for fairs and sales points; distribution contracts.',
    },
    outcome: { vi: 'Sản phẩm được quảng bá, bán ra và kết nối thị trường.', en: 'Products promoted, sold and linked to markets.' },
    timing: { vi: 'Liên tục trong năm', en: 'All year' },
    focusMonth: null,
    continuous: true,
  },
];

export function cycleStep(step: CycleStepNumber | CycleStepCode): CycleStepInfo {
  const found = cycleSteps.find((s) => s.step === step || s.code === step);
  if (!found) throw new RangeError(`unknown cycle step ${String(step)}`);
  return found;
}

/* ----------------------------------- calendar ----------------------------------- */

export interface CycleCalendarEntry {
  readonly step: CycleStepNumber;
  readonly code: CycleStepCode;
  readonly name: LocalizedText;
  readonly opensOn: IsoDate;
  readonly deadline: IsoDate;
}

export const MIN_CYCLE_YEAR = 2013; // Quảng Ninh's first OCOP cycle
export const MAX_CYCLE_YEAR = 2100;

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_CYCLE_YEAR || year > MAX_CYCLE_YEAR) {
    throw new RangeError(`cycle year must be an integer in ${MIN_CYCLE_YEAR}–${MAX_CYCLE_YEAR}: ${year}`);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (year: number, month: number, d: number): IsoDate => `${year}-${pad(month)}-${pad(d)}`;
const monthEnd = (year: number, month: number): IsoDate => day(year, month, daysInMonth(year, month));

/**
 * The default calendar of a year's cycle (a province edits it): the focus month of the
 * slides for steps 1–3 (communication February, ideas March, business plans April);
 * implementation from May (plans approved in April) to year end; evaluation June–July
 * (the months the slides' cycle diagram shows after the plans); trade promotion all year.
 */
export function defaultCalendar(year: number): CycleCalendarEntry[] {
  assertYear(year);
  const windows: Record<CycleStepCode, [IsoDate, IsoDate]> = {
    communication: [day(year, 2, 1), monthEnd(year, 2)],
    'idea-registration': [day(year, 3, 1), monthEnd(year, 3)],
    'business-plan': [day(year, 4, 1), monthEnd(year, 4)],
    implementation: [day(year, 5, 1), monthEnd(year, 12)],
    evaluation: [day(year, 6, 1), monthEnd(year, 7)],
    'trade-promotion': [day(year, 1, 1), monthEnd(year, 12)],
  };
  return cycleSteps.map((s) => ({
    step: s.step,
    code: s.code,
    name: s.name,
    opensOn: windows[s.code][0],
    deadline: windows[s.code][1],
  }));
}

/**
 * True when `today` is after the deadline (the deadline day itself is not overdue). Dates
 * are ISO strings or Dates (read as their day in Vietnam). No deadline: never overdue.
 */
export function isOverdue(deadline: IsoDate | Date | null | undefined, today: IsoDate | Date): boolean {
  if (deadline === null || deadline === undefined) return false;
  return toIsoDate(today) > toIsoDate(deadline);
}

/** Days left until the deadline: 0 on the day, negative once overdue. */
export function daysUntil(deadline: IsoDate | Date, today: IsoDate | Date): number {
  return daysBetween(today, deadline);
}

export type CalendarWindowState = 'upcoming' | 'open' | 'past';

/** Where `today` falls relative to a calendar entry's window (both ends inclusive). */
export function calendarWindowState(entry: Pick<CycleCalendarEntry, 'opensOn' | 'deadline'>, today: IsoDate | Date): CalendarWindowState {
  const t = toIsoDate(today);
  if (t < entry.opensOn) return 'upcoming';
  return t > entry.deadline ? 'past' : 'open';
}

/** Problems of a (province-edited) calendar: each step once, valid dates, opening ≤ deadline. */
export function calendarProblems(calendar: readonly Pick<CycleCalendarEntry, 'step' | 'opensOn' | 'deadline'>[]): string[] {
  const problems: string[] = [];
  const steps = new Set<number>();
  for (const e of calendar) {
    if (steps.has(e.step)) problems.push(`step ${e.step}: duplicate`);
    steps.add(e.step);
    if (!isIsoDate(e.opensOn) || !isIsoDate(e.deadline)) problems.push(`step ${e.step}: invalid date`);
    else if (e.opensOn > e.deadline) problems.push(`step ${e.step}: deadline before opening`);
  }
  for (const s of cycleSteps) if (!steps.has(s.step)) problems.push(`step ${s.step}: missing`);
  return problems;
}

/* ------------------------------ the provincial cycle ------------------------------ */

export const CYCLE_STATUSES = ['planning', 'open', 'closed'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];
export const CYCLE_ACTIONS = ['open', 'close', 'reopen'] as const;
export type CycleAction = (typeof CYCLE_ACTIONS)[number];

export const cycleMachine: StateMachine<CycleStatus, CycleAction> = defineMachine<CycleStatus, CycleAction>({
  id: 'cycle',
  label: { vi: 'Chu trình OCOP năm của tỉnh', en: 'Provincial annual OCOP cycle' },
  initial: 'planning',
  statuses: {
    planning: {
      label: { vi: 'Đang lập kế hoạch', en: 'Planning' },
      description: {
        vi: 'Tỉnh lập kế hoạch năm: lịch các bước, hạn nộp, chỉ tiêu.',
        en: 'The province plans the year: step calendar, deadlines, targets.',
      },
    },
    open: {
      label: { vi: 'Đang triển khai', en: 'Open' },
      description: {
        vi: 'Chu trình đang chạy: nhận ý tưởng, kế hoạch kinh doanh, hồ sơ đánh giá; tổ chức các đợt đánh giá.',
        en: 'The cycle runs: ideas, business plans and dossiers are filed; evaluation rounds are held.',
      },
    },
    closed: {
      label: { vi: 'Đã kết thúc', en: 'Closed' },
      description: {
        vi: 'Chu trình năm đã khép lại; số liệu dùng cho báo cáo năm.',
        en: 'The year’s cycle is closed; its figures feed the annual reports.',
      },
    },
  },
  actions: {
    open: { label: { vi: 'Bắt đầu chu trình', en: 'Open the cycle' } },
    close: { label: { vi: 'Kết thúc chu trình', en: 'Close the cycle' } },
    reopen: { label: { vi: 'Mở lại chu trình', en: 'Reopen the cycle' } },
  },
  transitions: [
    { from: ['planning'], action: 'open', to: 'open', roles: ['province', 'admin'] },
    { from: ['open'], action: 'close', to: 'closed', roles: ['province', 'admin'] },
    { from: ['closed'], action: 'reopen', to: 'open', roles: ['province', 'admin'], requiresNote: true },
  ],
});

export interface ProvincialCycle {
  readonly provinceCode: string;
  readonly year: number;
  readonly status: CycleStatus;
  readonly calendar: readonly CycleCalendarEntry[];
}

/** A new cycle in planning with the default calendar. */
export function newCycle(provinceCode: string, year: number): ProvincialCycle {
  return { provinceCode, year, status: cycleMachine.initial, calendar: defaultCalendar(year) };
}

/* ------------------------- where an item is in the six steps ------------------------- */

export const CYCLE_ITEM_KINDS = [
  'communication',
  'training',
  'idea',
  'business-plan',
  'implementation',
  'dossier',
  'certificate',
  'trade-promotion',
] as const;
export type CycleItemKind = (typeof CYCLE_ITEM_KINDS)[number];

const STEP_OF_KIND: { readonly [K in CycleItemKind]: CycleStepNumber } = {
  communication: 1,
  training: 1,
  idea: 2,
  'business-plan': 3,
  implementation: 4,
  dossier: 5,
  certificate: 6,
  'trade-promotion': 6,
};

const MACHINE_OF_KIND: Partial<Record<CycleItemKind, StateMachine<string, string>>> = {
  idea: ideaMachine,
  'business-plan': businessPlanMachine,
  dossier: dossierMachine,
};

/**
 * The step (1–6) an item belongs to, for the six-step indicator: communication and
 * training → 1, idea → 2, business plan → 3, implementation (support, capital) → 4,
 * evaluation dossier → 5, certified product / trade promotion → 6. The status does not
 * change the step (use `stepProgress` for done/failed); it is accepted for symmetry.
 */
export function stepOfItem(kind: CycleItemKind, _status?: string): CycleStepNumber {
  const step = STEP_OF_KIND[kind];
  if (!step) throw new RangeError(`unknown cycle item kind ${String(kind)}`);
  return step;
}

/** Ant Design `Steps` status vocabulary. */
export type StepIndicatorStatus = 'wait' | 'process' | 'finish' | 'error';

/**
 * Step and indicator status of an item: `finish` when its machine ended positively
 * (idea selected, plan accepted, dossier evaluated), `error` when it ended negatively
 * (rejected, withdrawn), `process` otherwise. Statuses are read with the current machines
 * (the legacy ones share their status codes).
 */
export function stepProgress(kind: CycleItemKind, status: string): { step: CycleStepNumber; status: StepIndicatorStatus } {
  const step = stepOfItem(kind);
  const machine = MACHINE_OF_KIND[kind];
  if (!machine || !isStatus(machine, status)) return { step, status: 'process' };
  const outcome = machine.statuses[status].outcome;
  return { step, status: outcome === 'positive' ? 'finish' : outcome === 'negative' ? 'error' : 'process' };
}
