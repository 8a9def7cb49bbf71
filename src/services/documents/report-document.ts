import type { Report, ReportColumn, ReportTable } from '../../contracts/reports';
import { formatDateVi } from '../../domain/dates';
import { issuerFor, type AdminDocument, type DocColumn, type DocTable } from './admin-document';

/** Type words a unit's name starts with ("Tỉnh Quảng Ninh" → "Quảng Ninh"). */
const UNIT_TYPES = ['Thành phố trung ương', 'Thành phố', 'Tỉnh', 'Quận', 'Huyện', 'Thị xã', 'Thị trấn', 'Phường', 'Xã', 'Đặc khu'];

export function shortUnitName(name: string): string {
  for (const t of UNIT_TYPES) if (name.startsWith(`${t} `)) return name.slice(t.length + 1);
  return name;
}

function docColumns(cols: ReportColumn[]): DocColumn[] {
  return cols.map((c) => ({
    key: c.key,
    label: c.group && c.group !== c.label ? `${c.group}: ${c.label}` : c.label,
    // years print as years (2017), not as amounts (2.017)
    format: c.kind === 'percent' ? 'percent' : c.kind === 'text' || /^year$|Year$/.test(c.key) ? 'text' : undefined,
  }));
}

export function docTable(t: Pick<ReportTable, 'columns' | 'rows' | 'totals'>, caption?: string, note?: string): DocTable {
  return { caption, columns: docColumns(t.columns), rows: t.rows, totals: t.totals ?? undefined, note };
}

/** The issuing body, number, place, recipients and signature of a report on `unit`. */
export function issuerOfReport(unit: Report['unit']) {
  return issuerFor({ level: unit.level, name: unit.name, shortName: shortUnitName(unit.name) });
}

export function periodText(from: number, to: number): string {
  return from === to ? `năm ${from}` : `giai đoạn ${from}–${to}`;
}

/**
 * A report as an administrative document: "BÁO CÁO" and the report's title for its unit and
 * years, the main table (wide tables on landscape pages), the further tables, how the report
 * counts, and where the figures come from.
 */
export function reportToAdminDocument(r: Report, today: string): AdminDocument {
  const tables = [{ columns: r.columns, rows: r.rows, totals: r.totals }, ...r.tables];
  const landscape = tables.some((t) => t.columns.length > 7);
  const blocks: AdminDocument['blocks'] = [
    {
      paragraphs: [
        `Số liệu được tổng hợp tự động từ hồ sơ trên Hệ thống thông tin Chương trình OCOP ngày ${formatDateVi(today)}` +
          (r.comparison ? `, so sánh với kỳ trước (${r.comparison.from === r.comparison.to ? r.comparison.from : `${r.comparison.from}–${r.comparison.to}`}).` : '.') +
          (r.certifiedOnly ? ' Chỉ gồm số liệu đã được công nhận.' : ''),
      ],
      table: docTable({ columns: r.columns, rows: r.rows, totals: r.totals }, `Bảng 1. ${r.title}`),
    },
    ...r.tables.map((t, i) => ({ table: docTable(t, `Bảng ${i + 2}. ${t.title}`) })),
  ];
  if (r.notes.length) blocks.push({ heading: 'Ghi chú', level: 2 as const, paragraphs: r.notes.map((n) => `- ${n}`) });
  return {
    ...issuerOfReport(r.unit),
    date: today,
    kind: 'BÁO CÁO',
    title: r.title,
    subtitle: `${r.unit.name}, ${periodText(r.from, r.to)}`,
    blocks,
    landscape,
  };
}
