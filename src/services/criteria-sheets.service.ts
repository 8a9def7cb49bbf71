import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { ForbiddenError, ValidationError, type FieldProblem } from '../domain/errors';
import { ImportRefused } from '../domain/imports/sheet';
import { parseSheetRows, SHEET_COLUMNS, type SheetRowInput } from '../domain/criteria/sheet-import';
import { mayAnywhere, type Actor } from '../domain/policy';
import type { Cell } from '../domain/imports/values';
import { MESSAGES, translateFrom } from '../i18n';
import type { Lang } from '../i18n/lang';
import type { ImportedSheet } from '../contracts/criteria-sets';
import { readRows } from './imports/workbook';

/**
 * Score sheets as spreadsheets (issue 11): a template laid out like the official sheets
 * (criterion, option, points, evidence hint; parts and sections as header rows) and the import
 * of a filled one into sections and criteria for a draft. Reading reuses the bulk import's
 * workbook reader (content sniffing, streaming, refusal of .xls and encrypted files); the
 * layout rules are in src/domain/criteria/sheet-import.ts. Nothing is stored.
 */

export const MAX_SHEET_BYTES = 2 * 1024 * 1024;

function requireRulesAdmin(actor: Actor): void {
  if (!mayAnywhere(actor, 'create', 'criteriaSet')) throw new ForbiddenError();
}

/** A small example sheet (two parts, three criteria) in the official layout. */
const EXAMPLE: Array<[string, string, number | null, string]> = [
  ['PHẦN A: SẢN PHẨM VÀ SỨC MẠNH CỘNG ĐỒNG', '', null, ''],
  ['A1. Tổ chức sản xuất', '', null, ''],
  ['A1.1. Nguồn nguyên liệu', '', 4, 'Hợp đồng, hóa đơn mua nguyên liệu'],
  ['', 'Không sử dụng nguyên liệu địa phương', 0, ''],
  ['', 'Dưới 50% nguyên liệu từ địa phương', 2, ''],
  ['', 'Toàn bộ nguyên liệu từ địa phương', 4, 'Xác nhận vùng nguyên liệu'],
  ['PHẦN C: CHẤT LƯỢNG SẢN PHẨM', '', null, ''],
  ['C7. Tính độc đáo', '', 2, ''],
  ['', 'Bình thường', 0, ''],
  ['', 'Độc đáo', 2, ''],
];

export async function sheetTemplate(actor: Actor, lang: Lang): Promise<Buffer> {
  requireRulesAdmin(actor);
  const t = (key: string) => translateFrom(MESSAGES[lang], key, {});
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OCOP';
  const ws = wb.addWorksheet(t('rulesEditor.template.sheet'));
  const help = wb.addWorksheet(t('rulesEditor.template.helpSheet'));
  const headers = (['criterion', 'option', 'points', 'hint'] as const).map((c) => SHEET_COLUMNS[c][lang === 'vi' ? 0 : SHEET_COLUMNS[c].findIndex((n) => /^[A-Za-z ]+$/.test(n))]);
  ws.columns = [{ width: 48 }, { width: 56 }, { width: 8 }, { width: 40 }];
  ws.addRow(headers).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const [criterion, option, points, hint] of EXAMPLE) {
    const row = ws.addRow([criterion || null, option || null, points, hint || null]);
    if (/^(PHẦN|[A-C]\d+\. )/.test(criterion) && !criterion.includes('.1.')) row.font = { bold: true };
  }
  help.getColumn(1).width = 110;
  help.addRow([t('rulesEditor.template.title')]).font = { bold: true, size: 14 };
  help.addRow([]);
  for (const line of ['columns', 'parts', 'sections', 'criteria', 'options', 'numbers', 'after']) help.addRow([t(`rulesEditor.template.help.${line}`)]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reads an uploaded workbook (its first sheet with the header row) into sections and criteria. */
export async function importSheet(actor: Actor, file: { fileName: string; bytes: Buffer }): Promise<ImportedSheet> {
  requireRulesAdmin(actor);
  const tmp = path.join(os.tmpdir(), `ocop-sheet-${randomUUID()}.upload`);
  const sheets: SheetRowInput[][] = [];
  try {
    await fs.promises.writeFile(tmp, file.bytes);
    await readRows(tmp, file.fileName, {
      sheet: () => void sheets.push([]),
      row: (row: number, cells: Cell[]) => void sheets[sheets.length - 1]?.push({ row, cells }),
    });
  } catch (e) {
    if (e instanceof ImportRefused) throw new ValidationError([{ path: 'file', code: `imports.refused.${e.code}`, params: e.params }]);
    throw e;
  } finally {
    await fs.promises.rm(tmp, { force: true });
  }
  const candidates = sheets.map((rows) => ({ rows, parsed: parseSheetRows(rows) }));
  const chosen = candidates.find((c) => !c.parsed.problems.some((p) => p.code === 'errors.criteriaSheet.noHeader')) ?? candidates[0];
  if (!chosen) throw new ValidationError([{ path: 'file', code: 'imports.refused.empty' }]);
  const { sheet, problems } = chosen.parsed;
  if (problems.length) {
    throw new ValidationError(problems.map((p): FieldProblem => ({ path: `rows.${p.row}`, code: p.code, params: { ...p.params, row: p.row } })));
  }
  return { ...sheet, rows: chosen.rows.length };
}
