import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { parse as parseCsv } from 'csv-parse';
import ExcelJS from 'exceljs';
import { ImportRefused, MAX_ROWS } from '../../domain/imports/sheet';
import type { Cell } from '../../domain/imports/values';

/**
 * Reads an uploaded list row by row, whatever it is: an .xlsx workbook (every sheet, streamed
 * with exceljs's reader so a 100,000-row file never sits in memory) or a .csv file (UTF-8, with
 * or without BOM, or UTF-16 as Excel saves "Unicode text"). The kind is decided by the content,
 * never by the name alone; what cannot be read is refused with a reason the officer can act on.
 */
export type FileKind = 'xlsx' | 'csv';

export interface RowSink {
  sheet(name: string): void;
  row(row: number, cells: Cell[]): void | Promise<void>;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Decides what a file is from its first bytes (and, for text, whether it is readable text). */
export function sniff(head: Buffer, fileName: string): FileKind {
  if (head.subarray(0, 4).equals(ZIP)) return 'xlsx';
  if (head.subarray(0, 8).equals(CFB)) {
    // An OLE container: a password-protected .xlsx (EncryptionInfo stream) or an old .xls.
    const encrypted = head.includes(Buffer.from('EncryptionInfo', 'utf16le')) || head.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    throw new ImportRefused(encrypted ? 'encrypted' : 'legacyXls');
  }
  if (head.includes(0) && !isUtf16(head)) throw new ImportRefused('notSpreadsheet');
  const text = head.toString('utf8', 0, Math.min(head.length, 2048)).trimStart().toLowerCase();
  if (text.startsWith('<') || text.startsWith('%pdf')) throw new ImportRefused('notSpreadsheet');
  if (!/\.(csv|txt)$/i.test(fileName) && !/[,;\t]/.test(text)) throw new ImportRefused('notSpreadsheet');
  return 'csv';
}

function isUtf16(head: Buffer): boolean {
  return (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}

/** Plain values of an exceljs cell: rich text joined, a formula as "=…" (refused per cell later), hyperlinks as their text. */
export function cellValue(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) return `=${String(o.formula ?? o.sharedFormula)}`;
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text: string }>).map((t) => t.text).join('');
    if ('text' in o) return cellValue(o.text);
    if ('error' in o) return null;
  }
  return String(v);
}

/** Decodes a stream of UTF-8 bytes chunk by chunk, keeping the bytes of a character split between two chunks for the next. */
export async function* utf8Chunks(source: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of source) yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * exceljs 4.4's streaming reader turns each inflated chunk of a sheet into text on its own, so
 * a letter whose bytes straddle two chunks ("ơ", "ệ": two or three bytes in UTF-8) comes out as
 * "��" — about one cell in a few thousand of a Vietnamese list (exceljs/exceljs#2084, still open).
 * Its worksheet and shared-strings parsers are given decoded text instead (it passes strings
 * through as they are).
 */
const readerProto = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): unknown;
  _parseSharedStrings(entry: NodeJS.ReadableStream): unknown;
  __utf8Fixed?: boolean;
};
if (!readerProto.__utf8Fixed) {
  const parseWorksheet = readerProto._parseWorksheet;
  const parseSharedStrings = readerProto._parseSharedStrings;
  readerProto._parseWorksheet = function (this: unknown, iterator, sheetNo) {
    return parseWorksheet.call(this, utf8Chunks(iterator), sheetNo);
  };
  readerProto._parseSharedStrings = function (this: unknown, entry) {
    entry.setEncoding('utf8');
    return parseSharedStrings.call(this, entry);
  };
  readerProto.__utf8Fixed = true;
}

async function readXlsx(path: string, sink: RowSink): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(path), {
    sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'emit',
  });
  let rows = 0;
  try {
    for await (const ws of reader) {
      const sheet = ws as unknown as AsyncIterable<ExcelJS.Row> & { name?: string; id?: number };
      sink.sheet(sheet.name ?? `Sheet${sheet.id ?? ''}`);
      for await (const row of sheet) {
        if (++rows > MAX_ROWS) throw new ImportRefused('tooManyRows', { max: MAX_ROWS });
        const values = row.values as unknown[];
        const cells: Cell[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellValue(values[i]));
        await sink.row(row.number, cells);
      }
    }
  } catch (e) {
    if (e instanceof ImportRefused) throw e;
    throw new ImportRefused('corrupt');
  }
}

async function readCsv(path: string, head: Buffer, sink: RowSink): Promise<void> {
  const utf16 = isUtf16(head);
  if (!utf16) await ensureUtf8(path);
  const text = fs.createReadStream(path, { encoding: utf16 ? 'utf16le' : 'utf8' });
  const firstLine = (utf16 ? head.toString('utf16le') : head.toString('utf8')).split(/\r?\n/)[0] ?? '';
  const delimiter = [';', '\t', ','].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0].d;
  const parser = text.pipe(parseCsv({ delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }));
  sink.sheet('CSV');
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (++row > MAX_ROWS) throw new ImportRefused('tooManyRows', { max: MAX_ROWS });
      await sink.row(row, record.map((c) => (c === '' ? null : c)));
    }
  } catch (e) {
    if (e instanceof ImportRefused) throw e;
    throw new ImportRefused('corrupt');
  }
}

/**
 * Legacy Vietnamese encodings (TCVN3/ABC, VNI, Windows-1258) are not UTF-8; decoding them as
 * such would store mojibake, so the file is refused with the advice to save it as UTF-8.
 */
async function ensureUtf8(path: string): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of fs.createReadStream(path)) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
  } catch {
    throw new ImportRefused('encoding');
  }
}

/** Reads every row of every sheet of the file into the sink. */
export async function readRows(path: string, fileName: string, sink: RowSink): Promise<FileKind> {
  const fd = await fs.promises.open(path, 'r');
  const head = Buffer.alloc(64 * 1024);
  const { bytesRead } = await fd.read(head, 0, head.length, 0);
  await fd.close();
  if (bytesRead === 0) throw new ImportRefused('empty');
  const kind = sniff(head.subarray(0, bytesRead), fileName);
  if (kind === 'xlsx') await readXlsx(path, sink);
  else await readCsv(path, head.subarray(0, bytesRead), sink);
  return kind;
}
