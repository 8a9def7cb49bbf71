/**
 * The content of a printable report in the Vietnamese administrative document layout
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I): issuing body and number top left, national title and
 * motto top right, place and date, the document's kind and title, the body, recipients
 * ("Nơi nhận") bottom left and the signature block bottom right. One model, two renderers
 * (report-docx.ts, report-pdf.ts), so Word and PDF always say the same thing.
 */
import { NATIONAL_MOTTO, NATIONAL_TITLE } from './certificate-pdf';

export { NATIONAL_MOTTO, NATIONAL_TITLE };

export type CellValue = string | number | null | undefined;

export interface DocColumn {
  key: string;
  label: string;
  /** How numbers print; default: integers with thousands separators, decimals with two places. */
  format?: 'int' | 'decimal' | 'percent' | 'text';
}

export interface DocTable {
  caption?: string;
  columns: DocColumn[];
  rows: Array<Record<string, CellValue>>;
  /** A last, bold row (totals). */
  totals?: Record<string, CellValue>;
  /** A line under the table (how it counts, the source). */
  note?: string;
}

export interface DocBlock {
  /** "I. TÌNH HÌNH THỰC HIỆN" (level 1, bold upper case) or "1. Công tác đào tạo" (level 2, bold). */
  heading?: string;
  level?: 1 | 2 | 3;
  paragraphs?: string[];
  /** Paragraphs the officer is expected to complete, printed in italics. */
  placeholders?: string[];
  table?: DocTable;
}

export interface AdminDocument {
  /** Top-left block: the superior body (regular) and the issuing body (bold). */
  issuer: { parent?: string; body: string };
  /** "Số: …/BC-SNNMT" — the number is given by the office's registry, left blank here. */
  number: string;
  place: string;
  /** ISO date. */
  date: string;
  /** "BÁO CÁO". */
  kind: string;
  title: string;
  subtitle?: string;
  blocks: DocBlock[];
  recipients: string[];
  signature: { authority?: string; position: string; name?: string };
  /** Wide tables print on landscape pages. */
  landscape?: boolean;
}

const nf = new Map<string, Intl.NumberFormat>();
function numberFormat(min: number, max: number): Intl.NumberFormat {
  const key = `${min}-${max}`;
  let f = nf.get(key);
  if (!f) nf.set(key, (f = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: min, maximumFractionDigits: max })));
  return f;
}

/** vi-VN text of a cell: 12.031,54 · 17,24% · "–" for no value (a % with no previous year). */
export function formatCell(value: CellValue, format?: DocColumn['format']): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '–';
  switch (format) {
    case 'text':
      return String(value);
    case 'percent':
      return `${numberFormat(2, 2).format(value)}%`;
    case 'decimal':
      return numberFormat(2, 2).format(value);
    case 'int':
      return numberFormat(0, 0).format(value);
    default:
      return Number.isInteger(value) ? numberFormat(0, 0).format(value) : numberFormat(2, 2).format(value);
  }
}

/** "ngày 01 tháng 12 năm 2026" (Decree 30: days and months below 10 take a leading zero for 1 and 2). */
export function longDateVi(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const day = d < 10 ? `0${d}` : String(d);
  const month = m < 3 ? `0${m}` : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

/** "Quảng Ninh, ngày 01 tháng 12 năm 2026". */
export function placeAndDate(doc: Pick<AdminDocument, 'place' | 'date'>): string {
  return `${doc.place}, ${longDateVi(doc.date)}`;
}

export function isNumericColumn(table: DocTable, key: string): boolean {
  return table.rows.some((r) => typeof r[key] === 'number') || typeof table.totals?.[key] === 'number';
}

export interface IssuingUnit {
  /** 'nation' | 'province' | 'district' | 'commune'. */
  level: string;
  /** Full name with its type, e.g. "Tỉnh Quảng Ninh", "Phường Quang Hanh", "Thành phố Cẩm Phả". */
  name: string;
  /** Name without type, e.g. "Quảng Ninh". */
  shortName: string;
  /** The province's short name, for the place of a commune or district document. */
  provinceShortName?: string;
}

/**
 * Who issues a report of a unit, and how it signs: the ministry's coordination office for the
 * nation, the provincial Department of Agriculture and Environment (the programme's standing
 * body since the 2025 merger of departments) for a province, the People's Committee for a
 * district or commune.
 */
export function issuerFor(unit: IssuingUnit): Pick<AdminDocument, 'issuer' | 'number' | 'place' | 'signature' | 'recipients'> {
  const upper = (s: string) => s.toLocaleUpperCase('vi');
  if (unit.level === 'nation') {
    return {
      issuer: { parent: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', body: 'VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI TRUNG ƯƠNG' },
      number: 'Số:        /BC-VPĐP',
      place: 'Hà Nội',
      signature: { authority: 'KT. CHÁNH VĂN PHÒNG', position: 'PHÓ CHÁNH VĂN PHÒNG' },
      recipients: ['Bộ trưởng (để báo cáo);', 'Các Thứ trưởng;', 'UBND các tỉnh, thành phố;', 'Lưu: VT, VPĐP.'],
    };
  }
  if (unit.level === 'province') {
    return {
      issuer: { parent: `ỦY BAN NHÂN DÂN ${upper(unit.name)}`, body: 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG' },
      number: 'Số:        /BC-SNNMT',
      place: unit.shortName,
      signature: { authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC' },
      recipients: [
        'Bộ Nông nghiệp và Môi trường;',
        'Văn phòng Điều phối NTM Trung ương (báo cáo);',
        `UBND ${unit.name.replace(/^Tỉnh /, 'tỉnh ').replace(/^Thành phố /, 'thành phố ')};`,
        'UBND các xã, phường, đặc khu;',
        'Lưu: VT, NTM.',
      ],
    };
  }
  const place = unit.level === 'district' ? unit.shortName : (unit.provinceShortName ?? unit.shortName);
  return {
    issuer: { body: `ỦY BAN NHÂN DÂN ${upper(unit.name)}` },
    number: 'Số:        /BC-UBND',
    place,
    signature: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH' },
    recipients: unit.provinceShortName
      ? [`Sở Nông nghiệp và Môi trường tỉnh ${unit.provinceShortName} (báo cáo);`, 'Lưu: VT.']
      : ['Sở Nông nghiệp và Môi trường (báo cáo);', 'Lưu: VT.'],
  };
}
