import { searchKey } from '../text/normalize';
import { HEADER_SEARCH_ROWS, findHeaderRow, missingRequired, type ColumnMapping } from './headers';
import type { ImportKind } from './kinds';
import { cellsByField, isBlankRow, parseRow, type ParseContext, type ParsedRow, type RowProblem } from './rows';
import { cellText, type Cell } from './values';

/** Limits of one import: beyond them the file is refused as a whole. */
export const MAX_COLUMNS = 200;
export const MAX_ROWS = 200_000;
/** Problems kept per import (the rest are counted): a broken file does not fill the database. */
export const MAX_PROBLEMS = 1000;

export interface SheetProblem extends RowProblem {
  sheet: string;
  /** 1-based row number as the spreadsheet shows it; null for a problem of the sheet. */
  row: number | null;
  /** 0-based column index, when the problem is in one cell. */
  col: number | null;
}

export interface SheetRow {
  sheet: string;
  row: number;
  parsed: ParsedRow;
}

export interface SheetResult {
  sheet: string;
  headerRow: number | null;
  headers: string[];
  mapping: ColumnMapping;
}

/**
 * Parses one sheet fed row by row (a streamed workbook never sits in memory whole): finds the
 * header among the first rows — after merged title rows and blank rows — then reads every data
 * row through the column mapping (the one found, or the user's correction).
 */
export class SheetParser {
  private buffer: Array<{ row: number; cells: Cell[] }> = [];
  private header: { row: number; mapping: ColumnMapping; headers: string[] } | null = null;
  /** Required fields without a column: reported once for the sheet, not on every row. */
  private missing = new Set<string>();
  private undecided = true;

  constructor(
    private readonly kind: ImportKind,
    readonly sheet: string,
    private readonly ctx: ParseContext,
    private readonly emit: { row(r: SheetRow): void; problem(p: SheetProblem): void },
    private readonly mappingOverride?: ColumnMapping,
  ) {}

  push(row: number, cells: Cell[]): void {
    if (cells.length > MAX_COLUMNS) throw new ImportRefused('tooManyColumns', { max: MAX_COLUMNS });
    if (this.undecided) {
      this.buffer.push({ row, cells });
      if (this.buffer.length >= HEADER_SEARCH_ROWS) this.decide();
      return;
    }
    this.data(row, cells);
  }

  finish(): SheetResult {
    if (this.undecided) this.decide();
    return { sheet: this.sheet, headerRow: this.header?.row ?? null, headers: this.header?.headers ?? [], mapping: this.header?.mapping ?? {} };
  }

  /** Picks the header row among the buffered rows, then reads the rows after it. */
  private decide(): void {
    this.undecided = false;
    const found = findHeaderRow(this.kind, this.buffer.map((b) => b.cells));
    const rows = this.buffer;
    this.buffer = [];
    if (!found) return; // a sheet that is not a list of this kind (notes, instructions): skipped
    const headerCells = rows[found.index].cells;
    const mapping = this.mappingOverride ?? found.mapping;
    this.header = { row: rows[found.index].row, mapping, headers: headerCells.map((c) => cellText(c)) };
    this.missing = new Set(missingRequired(this.kind, mapping));
    for (const field of this.missing) {
      this.emit.problem({ sheet: this.sheet, row: this.header.row, col: null, field, code: 'missingColumn' });
    }
    for (const r of rows.slice(found.index + 1)) this.data(r.row, r.cells);
  }

  private data(row: number, cells: Cell[]): void {
    if (!this.header || isBlankRow(cells)) return;
    const mapping = this.header.mapping;
    const values = cellsByField(cells, mapping);
    // A totals line at the bottom ("Tổng cộng", "Cộng") is not a record.
    if (cells.slice(0, 3).some((c) => /^(tong cong|tong|cong)$/.test(searchKey(cellText(c))))) return;
    const colOf = (field: string | null) => {
      if (!field) return null;
      const hit = Object.entries(mapping).find(([, f]) => f === field);
      return hit ? Number(hit[0]) : null;
    };
    const formulas = Object.entries(values).filter(([, v]) => typeof v === 'string' && /^=/.test(v));
    if (formulas.length) {
      for (const [field] of formulas) this.emit.problem({ sheet: this.sheet, row, col: colOf(field), field, code: 'formula' });
      return;
    }
    const { row: parsed, problems } = parseRow(this.kind, values, this.ctx);
    for (const p of problems) if (!(p.code === 'required' && p.field && this.missing.has(p.field))) this.emit.problem({ ...p, sheet: this.sheet, row, col: colOf(p.field) });
    if (parsed) this.emit.row({ sheet: this.sheet, row, parsed });
  }
}

/** The file as a whole cannot be imported (not a spreadsheet, too many columns…); `code` under `imports.refused.`. */
export class ImportRefused extends Error {
  constructor(readonly code: string, readonly params: Record<string, string | number> = {}) {
    super(code);
  }
}
