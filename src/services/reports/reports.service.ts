import type { Executor } from '../../db/client';
import { getProduct } from '../../db/repositories/products.repository';
import { getEntity } from '../../db/repositories/entities.repository';
import type { Report, ReportInfo, ReportQuery } from '../../contracts/reports';
import { NotFoundError, ValidationError } from '../../domain/errors';
import { reportAccess, runnableReports, type Actor, type Located } from '../../domain/policy';
import { FULL_LIST_FORMATS, MIN_REPORT_YEAR, NATION, REPORT_LIST_LIMIT, REPORT_PARAMETERS, type ReportCode } from '../../domain/reports/catalogue';
import type { Lang } from '../../i18n/lang';
import type { z } from 'zod';
import type { reportQuery } from '../../contracts/reports';
import { today } from '../clock';
import { t, type ReportContext, type ReportDefinition } from './builder';
import { availableFormats, rendererOf, type RenderedReport, type RenderProgress } from './formats';
import { defaultUnitParam, resolveUnit, type ResolvedUnit } from './units';
import { entities, localities, nationalSummary, productsByStar } from './definitions/recognition';
import { communication, funding, funnel } from './definitions/cycle';
import { certificates } from './definitions/certificates';
import { productGrowth } from './definitions/growth';
import { documents, targets } from './definitions/registers';
import { trade } from './definitions/trade';
import './xlsx';
import './csv';
import './documents';

/**
 * The report catalogue (SPEC C5): every report computed by SQL from records for a unit and
 * a range of years, with the previous period beside it. Definitions live in ./definitions
 * (one file per group), their SQL in db/repositories/reports; files are rendered by the
 * format registry (./formats).
 */
const DEFINITIONS: Record<ReportCode, ReportDefinition> = {
  'products-by-star': productsByStar,
  entities,
  localities,
  certificates,
  funnel,
  communication,
  funding,
  'product-growth': productGrowth,
  'national-summary': nationalSummary,
  targets,
  documents,
  trade,
};

type RunQuery = z.output<typeof reportQuery>;

/** The reports the user may run (`GET /reports`). */
export function listReports(actor: Actor | null, lang: Lang): ReportInfo[] {
  const formats = availableFormats();
  return runnableReports(actor).map((code) => ({
    code,
    title: t(lang, `reports.${code}.title`),
    description: t(lang, `reports.${code}.description`),
    parameters: REPORT_PARAMETERS[code].map((name) => ({ name, required: false })),
    formats,
  }));
}

/** Years: default the current year; 2000 … next year; from ≤ to. */
function checkYears(query: RunQuery): { from: number; to: number; given: boolean } {
  const thisYear = Number(today().slice(0, 4));
  const problems = [];
  for (const name of ['from', 'to'] as const) {
    const v = query[name];
    if (v !== undefined && (v < MIN_REPORT_YEAR || v > thisYear + 1)) problems.push({ path: name, code: 'errors.report.year' });
  }
  if (problems.length) throw new ValidationError(problems);
  const to = query.to ?? (query.from !== undefined && query.from > thisYear ? query.from : thisYear);
  const from = query.from ?? to;
  if (from > to) throw new ValidationError([{ path: 'from', code: 'errors.report.range' }]);
  return { from, to, given: query.from !== undefined || query.to !== undefined };
}

/** product-growth: the product (or entity) must exist (400 naming it) and be the user's to see (404). */
async function growthSubject(db: Executor, query: RunQuery, lang: Lang): Promise<{ subject: ReportContext['subject']; resolved: ResolvedUnit; located: Located }> {
  if (query.product) {
    const view = await getProduct(db, query.product);
    if (!view) throw new ValidationError([{ path: 'product', code: 'errors.report.product' }]);
    const p = view.product;
    const resolved = await resolveUnit(db, p.unitStructure === 'legacy' ? `legacy:${p.unitCode}` : p.unitCode, lang);
    return {
      subject: { productId: p.id },
      resolved: { ...resolved, unit: { ...resolved.unit, name: `${p.name} — ${view.entityName}` } },
      located: { unitStructure: p.unitStructure as Located['unitStructure'], unitCode: p.unitCode, provinceCode: p.provinceCode, districtCode: p.districtCode, entityId: p.entityId },
    };
  }
  if (query.entity) {
    const view = await getEntity(db, query.entity);
    if (!view) throw new ValidationError([{ path: 'entity', code: 'errors.report.entity' }]);
    const e = view.entity;
    const resolved = await resolveUnit(db, e.unitStructure === 'legacy' ? `legacy:${e.unitCode}` : e.unitCode, lang);
    return {
      subject: { entityId: e.id },
      resolved: { ...resolved, unit: { ...resolved.unit, name: e.name } },
      located: { unitStructure: e.unitStructure as Located['unitStructure'], unitCode: e.unitCode, provinceCode: e.provinceCode, districtCode: e.districtCode, entityId: e.id },
    };
  }
  throw new ValidationError([{ path: 'product', code: 'errors.report.productRequired' }]);
}

/**
 * Whether a report request may be served by the read replica (DATABASE_READ_URL): the
 * national ones (the nation's summary, a report for `VN`, named or by default) and every file
 * export. They may lag the primary by the replica's delay (docs/reports.md); everything else —
 * a province's or commune's report on screen, just after its officer recorded something —
 * reads the primary.
 */
export function readsFromReplica(actor: Actor | null, code: ReportCode, query: { unit?: string; format?: string; product?: string; entity?: string }): boolean {
  if (query.format !== undefined && query.format !== 'json') return true;
  if (code === 'product-growth') return false;
  return code === 'national-summary' || (query.unit ?? defaultUnitParam(actor)) === NATION;
}

/** Options of a run: `listLimit` caps a report's long lists (default REPORT_LIST_LIMIT; null: whole lists). */
export interface RunOptions {
  listLimit?: number | null;
}

/**
 * The checks a report request passes before any figure is computed: years, unit (or product),
 * jurisdiction (400 naming the parameter, 404 outside it). A background export runs them when
 * it is asked for, so bad input is answered at once.
 */
export async function checkReportRequest(db: Executor, actor: Actor | null, code: ReportCode, query: RunQuery, lang: Lang): Promise<void> {
  await prepare(db, actor, code, query, lang);
}

async function prepare(db: Executor, actor: Actor | null, code: ReportCode, query: RunQuery, lang: Lang) {
  const years = checkYears(query);
  let resolved: ResolvedUnit;
  let located: Located;
  let subject: ReportContext['subject'];
  if (code === 'product-growth') {
    ({ resolved, located, subject } = await growthSubject(db, query, lang));
  } else {
    // the national summary is the nation's whatever unit is named
    resolved = await resolveUnit(db, code === 'national-summary' ? 'VN' : (query.unit ?? defaultUnitParam(actor)), lang);
    located = resolved.located;
  }
  const access = reportAccess(actor, code, located);
  // outside the user's reach the unit is, to them, not there
  if (!access) throw new NotFoundError('report');
  return { years, resolved, subject, access };
}

/** Runs a report as JSON (`GET /reports/{code}`). */
export async function runReport(db: Executor, actor: Actor | null, code: ReportCode, query: RunQuery, lang: Lang, options: RunOptions = {}): Promise<Report> {
  const { years, resolved, subject, access } = await prepare(db, actor, code, query, lang);
  const span = years.to - years.from + 1;
  const ctx: ReportContext = {
    db, lang, code, area: resolved.area, unit: resolved.unit, from: years.from, to: years.to,
    previous: { from: years.from - span, to: years.from - 1 }, access, today: today(), yearsGiven: years.given, subject,
    listLimit: options.listLimit === undefined ? REPORT_LIST_LIMIT : options.listLimit,
  };
  const body = await DEFINITIONS[code](ctx);
  const from = body.years?.from ?? ctx.from;
  const to = body.years?.to ?? ctx.to;
  const notes = body.notes ?? [];
  if (access === 'certified') notes.push(t(lang, 'reports.note.certifiedOnly'));
  return {
    code,
    title: t(lang, `reports.${code}.title`),
    unit: resolved.unit,
    from,
    to,
    columns: body.columns,
    rows: body.rows,
    totals: body.totals ?? null,
    comparison: body.comparison === undefined ? ctx.previous : body.comparison,
    tables: (body.tables ?? []).map((table) => ({ ...table, total: table.total ?? table.rows.length })),
    notes,
    certifiedOnly: access === 'certified',
    generatedAt: new Date().toISOString(),
  };
}

/**
 * Runs a report and renders it in a file format (400 naming `format` when no renderer is registered).
 * `progress` (a background export): 0.6 once the figures are computed, then the rows written.
 */
export async function renderReport(db: Executor, actor: Actor | null, code: ReportCode, query: RunQuery, lang: Lang, progress?: RenderProgress): Promise<RenderedReport & { fileName: string }> {
  if (query.format === 'json') throw new Error('renderReport: json is not a file format');
  const renderer = rendererOf(query.format);
  if (!renderer) throw new ValidationError([{ path: 'format', code: 'errors.report.formatUnavailable' }]);
  const report = await runReport(db, actor, code, query, lang, { listLimit: FULL_LIST_FORMATS.includes(query.format) ? null : REPORT_LIST_LIMIT });
  await progress?.(0.6);
  const rendered = await renderer(report, lang, progress && ((f) => progress(0.6 + 0.35 * f)));
  const unitSlug = report.unit.code.replace(/[^0-9A-Za-z]+/g, '-');
  return { ...rendered, fileName: `${code}-${unitSlug}-${report.from}-${report.to}` };
}

export type { ReportQuery };
