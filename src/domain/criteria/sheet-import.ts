import { headerKey } from '../imports/headers';
import { searchKey } from '../text/normalize';
import { cellText, parseNumber, type Cell } from '../imports/values';
import { type Criterion, type PartCode, type Section } from './types';

/**
 * A score sheet read from a workbook laid out like the official sheets: a header row naming
 * the columns (criterion, option, points, evidence hint — matched by meaning, without
 * accents), then in sheet order
 *
 *   PHẦN A: SẢN PHẨM VÀ SỨC MẠNH CỘNG ĐỒNG            (a part row)
 *   A1. Tổ chức sản xuất                               (a section row: code and name)
 *   A1.1. Nguồn nguyên liệu          |        | 4      (a criterion row: code, name, maximum)
 *                                    | Không… | 0      (its options, in order: a, b, c…)
 *
 * A part row may also be written "A. …"; the criterion's points cell is optional (the best
 * option's points otherwise). Every problem names its row (1-based, as Excel shows it) and a
 * message key under `errors.criteriaSheet.`; the arithmetic is left to the version's own
 * checks when the sheet is put into a draft.
 */

export interface SheetRowInput {
  row: number;
  cells: readonly Cell[];
}

export interface SheetImportProblem {
  row: number;
  code: string;
  params?: Record<string, string | number>;
}

export interface ImportedSheet {
  sections: Section[];
  criteria: Criterion[];
}

export type SheetColumn = 'criterion' | 'option' | 'points' | 'hint';

export const SHEET_COLUMNS: Record<SheetColumn, readonly string[]> = {
  criterion: ['Tiêu chí', 'Chỉ tiêu', 'Nội dung', 'Criterion', 'Criteria'],
  option: ['Phương án', 'Mức đánh giá', 'Lựa chọn', 'Option', 'Options'],
  points: ['Điểm', 'Số điểm', 'Points', 'Score'],
  hint: ['Gợi ý bằng chứng', 'Bằng chứng', 'Gợi ý', 'Evidence hint', 'Evidence', 'Hint'],
};

const OPTION_CODES = 'abcdefghijklmnopqrstuvwxyz';
const PART_ROW = /^(?:phan|part)\s+([abc])\b/;
const PART_LETTER_ROW = /^([ABC])[.:]\s+(.+)$/;
const SECTION_ROW = /^([ABC]\d+)[.:]?\s+(.+)$/;
const CRITERION_ROW = /^([ABC]\d+(?:\.\d+)+|[ABC]\d+)[.:]?\s+(.+)$/;

/** The header row: the first of the first 20 rows naming criterion, option and points. */
export function findSheetHeader(rows: readonly SheetRowInput[]): { index: number; columns: Partial<Record<SheetColumn, number>> } | null {
  for (let i = 0; i < Math.min(rows.length, 20); i++) {
    const columns: Partial<Record<SheetColumn, number>> = {};
    rows[i].cells.forEach((cell, col) => {
      const key = headerKey(cellText(cell));
      if (!key) return;
      for (const [field, names] of Object.entries(SHEET_COLUMNS) as Array<[SheetColumn, readonly string[]]>) {
        if (columns[field] === undefined && names.some((n) => headerKey(n) === key)) columns[field] = col;
      }
    });
    if (columns.criterion !== undefined && columns.option !== undefined && columns.points !== undefined) return { index: i, columns };
  }
  return null;
}

/** Drops the trailing "(35 điểm)" of a heading. */
const stripPoints = (name: string) => name.replace(/\s*\(\s*\d+([.,]\d+)?\s*(điểm|diem|points?)\s*\)\s*$/i, '').trim();

export function parseSheetRows(rows: readonly SheetRowInput[]): { sheet: ImportedSheet; problems: SheetImportProblem[] } {
  const problems: SheetImportProblem[] = [];
  const sections: Section[] = [];
  const criteria: Criterion[] = [];
  const header = findSheetHeader(rows);
  if (!header) return { sheet: { sections, criteria }, problems: [{ row: rows[0]?.row ?? 1, code: 'errors.criteriaSheet.noHeader' }] };
  const col = header.columns;
  const at = (cells: readonly Cell[], c: number | undefined) => (c === undefined ? '' : cellText(cells[c]));
  let part: PartCode | null = null;
  let section: Section | null = null;
  let criterion: (Criterion & { row: number; pointsGiven: boolean }) | null = null;
  const open: Array<Criterion & { row: number; pointsGiven: boolean }> = [];

  const close = () => {
    if (!criterion) return;
    if (criterion.options.length < 2) problems.push({ row: criterion.row, code: 'errors.criteriaSheet.fewOptions', params: { code: criterion.code } });
    if (!criterion.pointsGiven) criterion.maxPoints = Math.max(0, ...criterion.options.map((o) => o.points));
    criterion = null;
  };

  for (const { row, cells } of rows.slice(header.index + 1)) {
    const name = at(cells, col.criterion);
    const option = at(cells, col.option);
    const pointsText = at(cells, col.points);
    const hint = at(cells, col.hint);
    if (!name && !option && !pointsText && !hint) continue;
    const points = pointsText ? parseNumber(cells[col.points!]) : null;
    if (points && (!points.ok || points.value === null || points.value < 0)) {
      problems.push({ row, code: 'errors.criteriaSheet.points', params: { value: pointsText } });
      continue;
    }
    const value = points?.ok ? points.value : null;

    if (name) {
      const partMatch = PART_ROW.exec(searchKey(name)) ?? PART_LETTER_ROW.exec(name);
      if (partMatch && !option) {
        close();
        part = partMatch[1].toUpperCase() as PartCode;
        section = null;
        continue;
      }
      const crit = CRITERION_ROW.exec(name);
      if (crit && crit[1].includes('.') && !option) {
        close();
        const code = crit[1];
        if (!section) {
          problems.push({ row, code: 'errors.criteriaSheet.noSection', params: { code } });
          continue;
        }
        if (!code.startsWith(`${section.code}.`)) problems.push({ row, code: 'errors.criteriaSheet.criterionOutsideSection', params: { code, section: section.code } });
        criterion = { row, pointsGiven: value !== null, code, part: section.part, section: section.code, name: bilingual(crit[2]), maxPoints: value ?? 0, options: [] };
        if (hint) criterion.hint = bilingual(hint);
        open.push(criterion);
        continue;
      }
      const sec = SECTION_ROW.exec(name);
      if (sec && !option) {
        close();
        const code = sec[1];
        if (!part) {
          problems.push({ row, code: 'errors.criteriaSheet.noPart', params: { code } });
          continue;
        }
        if (code[0] !== part) problems.push({ row, code: 'errors.criteriaSheet.sectionOutsidePart', params: { code, part } });
        if (sections.some((s) => s.code === code)) problems.push({ row, code: 'errors.criteriaSheet.duplicate', params: { code } });
        section = { code, part, name: bilingual(stripPoints(sec[2])) };
        sections.push(section);
        // A section that is one criterion (e.g. "C7. … | | 5" followed by options).
        if (value !== null) {
          criterion = { row, pointsGiven: true, code, part, section: code, name: bilingual(stripPoints(sec[2])), maxPoints: value, options: [] };
          if (hint) criterion.hint = bilingual(hint);
          open.push(criterion);
        }
        continue;
      }
      if (!option) {
        problems.push({ row, code: 'errors.criteriaSheet.unknownRow', params: { text: name.slice(0, 60) } });
        continue;
      }
    }
    if (option) {
      if (!criterion) {
        problems.push({ row, code: 'errors.criteriaSheet.optionWithoutCriterion' });
        continue;
      }
      if (value === null) {
        problems.push({ row, code: 'errors.criteriaSheet.optionPoints' });
        continue;
      }
      const code = OPTION_CODES[criterion.options.length] ?? String(criterion.options.length + 1);
      criterion.options.push({ code, label: bilingual(option), points: value, ...(hint ? { hint: bilingual(hint) } : {}) });
      continue;
    }
    problems.push({ row, code: 'errors.criteriaSheet.unknownRow', params: { text: (pointsText || hint).slice(0, 60) } });
  }
  close();
  for (const c of open) {
    if (c.options.length && c.pointsGiven && !c.options.some((o) => o.points === c.maxPoints)) {
      problems.push({ row: c.row, code: 'errors.criteriaSheet.noOptionAtMax', params: { code: c.code, max: c.maxPoints } });
    }
    const above = c.options.find((o) => o.points > c.maxPoints);
    if (above) problems.push({ row: c.row, code: 'errors.criteriaSheet.optionAboveMax', params: { code: c.code, max: c.maxPoints } });
  }
  if (!criteria.length && !open.length && !problems.length) problems.push({ row: rows[header.index].row, code: 'errors.criteriaSheet.empty' });
  const seen = new Set<string>();
  for (const c of open) {
    if (seen.has(c.code)) problems.push({ row: c.row, code: 'errors.criteriaSheet.duplicate', params: { code: c.code } });
    seen.add(c.code);
    const { row: _row, pointsGiven: _given, ...plain } = c;
    criteria.push(plain);
  }
  return { sheet: { sections, criteria }, problems };
}

/** Imported text repeats the Vietnamese wording in English until translated (as the shipped 1048/2019 data). */
function bilingual(text: string): { vi: string; en: string } {
  return { vi: text, en: text };
}

