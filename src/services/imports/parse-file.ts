import type { ColumnMapping } from '../../domain/imports/headers';
import type { ImportKind } from '../../domain/imports/kinds';
import type { ParseContext } from '../../domain/imports/rows';
import { MAX_PROBLEMS, SheetParser, type SheetProblem, type SheetResult, type SheetRow } from '../../domain/imports/sheet';
import { readRows, type FileKind } from './workbook';

export interface ParsedFile {
  fileKind: FileKind;
  sheets: SheetResult[];
  rows: SheetRow[];
  problems: SheetProblem[];
  /** Problems beyond MAX_PROBLEMS, counted only. */
  moreProblems: number;
  /** Data rows read (with or without problems). */
  rowCount: number;
}

/**
 * Parses a stored upload: every sheet that holds a list of the kind (a header is found),
 * through the column mapping found or the user's corrections (by sheet name).
 */
export async function parseFile(
  path: string,
  fileName: string,
  kind: ImportKind,
  ctx: ParseContext,
  mappings: Record<string, ColumnMapping> = {},
  onProgress?: (rowsRead: number) => void,
): Promise<ParsedFile> {
  const out: ParsedFile = { fileKind: 'xlsx', sheets: [], rows: [], problems: [], moreProblems: 0, rowCount: 0 };
  const rowsWithProblems = new Set<string>();
  let parser: SheetParser | null = null;
  let read = 0;
  const emit = {
    row: (r: SheetRow) => {
      out.rows.push(r);
    },
    problem: (p: SheetProblem) => {
      if (p.row !== null) rowsWithProblems.add(`${p.sheet}:${p.row}`);
      if (out.problems.length < MAX_PROBLEMS) out.problems.push(p);
      else out.moreProblems++;
    },
  };
  const finish = () => {
    if (parser) out.sheets.push(parser.finish());
  };
  out.fileKind = await readRows(path, fileName, {
    sheet(name) {
      finish();
      parser = new SheetParser(kind, name, ctx, emit, mappings[name]);
    },
    row(row, cells) {
      parser!.push(row, cells);
      if (++read % 1000 === 0) onProgress?.(read);
    },
  });
  finish();
  out.rowCount = out.rows.length + rowsWithProblems.size;
  return out;
}
