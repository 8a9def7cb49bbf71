import { definePolicy } from './policy';
import { inScope, scopeOfReach, type Actor, type Located, type ReachTable } from './scope';
import { PUBLIC_REPORTS, REPORT_CODES, type ReportCode } from '../reports/catalogue';

/**
 * Who may run which report on which unit. The record is the unit the report is about (or,
 * for `product-growth`, the product or entity). Outside the reach the answer is 404, as for
 * any record; the public reports (products by star, entities, localities, national summary)
 * stay open to everyone, on certified data only.
 */
export const REPORT_ACTIONS = ['read', ...REPORT_CODES] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** How much a report may show: everything recorded, or only certified data (the public view). */
export type ReportAccess = 'full' | 'certified';

/** The nation as a located record: only national reach covers it. */
export const NATION_LOCATED: Located = { unitStructure: 'current', unitCode: 'VN', provinceCode: '', districtCode: null };

const ALL_CODES = Object.fromEntries(REPORT_CODES.map((c) => [c, 'all'])) as Record<ReportCode, 'all'>;
const unitCodes = (codes: readonly ReportCode[]) => Object.fromEntries(codes.map((c) => [c, 'unit'])) as Partial<Record<ReportCode, 'unit'>>;
const AREA_REPORTS = REPORT_CODES.filter((c) => c !== 'national-summary');

const REACH: ReachTable<ReportCode> = {
  admin: ALL_CODES,
  central: ALL_CODES,
  province: unitCodes(AREA_REPORTS),
  // legacy district officers read their area's history
  district: unitCodes(AREA_REPORTS),
  commune: unitCodes(AREA_REPORTS),
  // trade-promotion officers also their area's trade report (fairs, sales points, contracts)
  trade: unitCodes(['products-by-star', 'entities', 'localities', 'certificates', 'product-growth', 'trade']),
  producer: { 'product-growth': 'own-entity' },
};

function reachOf(actor: Actor, code: ReportCode) {
  return REACH[actor.role]?.[code];
}

/** What the actor may see of report `code` on `record`: null when nothing (404). */
export function reportAccess(actor: Actor | null, code: ReportCode, record: Located): ReportAccess | null {
  if (actor && inScope(scopeOfReach(actor, reachOf(actor, code)), record)) return 'full';
  return PUBLIC_REPORTS.includes(code) && code !== 'product-growth' ? 'certified' : null;
}

/** The reports the actor may run somewhere (the catalogue `GET /reports` lists). */
export function runnableReports(actor: Actor | null): ReportCode[] {
  return REPORT_CODES.filter((code) => PUBLIC_REPORTS.includes(code) || (!!actor && scopeOfReach(actor, reachOf(actor, code)).kind !== 'none'));
}

export const reportPolicy = definePolicy<Located, ReportAction>({
  kind: 'report',
  actions: REPORT_ACTIONS,
  recordActions: [],
  scope: (actor, action) => (action === 'read' ? { kind: 'none' } : scopeOfReach(actor, reachOf(actor, action))),
  // `read`: some report may be run on the unit; each code decides by itself.
  may: (actor, action, record) =>
    action === 'read' ? REPORT_CODES.some((c) => reportAccess(actor, c, record) !== null) : reportAccess(actor, action, record) !== null,
  // a unit the actor may not report on is, to them, not there (404, never 403)
  inJurisdiction: () => false,
});
