import * as repo from '../../../db/repositories/reports/certificates';
import type { ReportRow } from '../../../contracts/reports';
import { addDays } from '../../../domain/dates';
import { changeColumns, col, compare, t, totalsOf, type ReportDefinition } from '../builder';

const SOON_DAYS = 90;

/** Certificates issued, valid, expiring within 90 days, expired without re-evaluation, revoked; inspections recorded, to fix, revoking — by unit. */
export const certificates: ReportDefinition = async (ctx) => {
  const { lang } = ctx;
  const end = `${ctx.to}-12-31`;
  const asOf = end < ctx.today ? end : ctx.today;
  const places = await repo.certificatesByPlace(
    ctx.db, ctx.area,
    { from: `${ctx.from}-01-01`, to: end, previousFrom: `${ctx.previous.from}-01-01`, previousTo: `${ctx.previous.to}-12-31` },
    asOf, SOON_DAYS,
  );
  const keys = ['issued', 'issuedPrevious', 'valid', 'expiringSoon', 'expired', 'revoked', 'inspected', 'toFix', 'revokedAfterInspection'] as const;
  const rows = places.map((p) => {
    const row: ReportRow = { code: p.code, name: p.name };
    for (const k of keys) row[k] = p[k];
    compare(row, 'issued', p.issued, p.issuedPrevious);
    return row;
  });
  const totals = totalsOf(lang, rows, 'name', [...keys]);
  totals.code = null;
  compare(totals, 'issued', totals.issued as number, totals.issuedPrevious as number);
  return {
    columns: [
      col(lang, 'code', 'text'),
      col(lang, 'name', 'text', { label: 'locality' }),
      col(lang, 'issued', 'number'),
      col(lang, 'issuedPrevious', 'number', { label: 'previousPeriod', group: t(lang, 'reports.group.previous') }),
      ...changeColumns(lang, 'issued'),
      col(lang, 'valid', 'number', { params: { date: asOf } }),
      col(lang, 'expiringSoon', 'number', { params: { days: SOON_DAYS, date: addDays(asOf, SOON_DAYS) } }),
      col(lang, 'expired', 'number'),
      col(lang, 'revoked', 'number'),
      col(lang, 'inspected', 'number', { group: t(lang, 'reports.group.inspections') }),
      col(lang, 'toFix', 'number', { group: t(lang, 'reports.group.inspections') }),
      col(lang, 'revokedAfterInspection', 'number', { group: t(lang, 'reports.group.inspections') }),
    ],
    rows,
    totals,
    comparison: ctx.previous,
    notes: [t(lang, 'reports.note.validAsOf', { date: asOf })],
  };
};
