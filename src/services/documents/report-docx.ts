import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from 'docx';
import {
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
  formatCell,
  isNumericColumn,
  placeAndDate,
  type AdminDocument,
  type DocTable,
} from './admin-document';

/**
 * An AdminDocument as a Word file (.docx) the officer can edit and sign: Times New Roman 13 pt
 * (Decree 30's font; Word renders the Vietnamese diacritics itself), A4 with 20/20/30/15 mm
 * margins, the header as a borderless two-column table, bordered data tables with a bold
 * header row repeated on every page.
 */

const FONT = 'Times New Roman';
const MM = 56.7; // twips per millimetre
// A4 in twips (Word's own figures).
const A4 = { width: 11906, height: 16838 };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, bold: o.bold, italics: o.italics, size: (o.size ?? 13) * 2 });

function para(children: ParagraphChild[] | string, o: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; before?: number; after?: number; indent?: boolean; underline?: boolean } = {}) {
  return new Paragraph({
    children: typeof children === 'string' ? [run(children)] : children,
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: o.before ?? 0, after: o.after ?? 60, line: 300 },
    indent: o.indent ? { firstLine: Math.round(10 * MM) } : undefined,
    // A short rule under the issuing body and the motto (Decree 30, Phụ lục I).
    border: o.underline ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } : undefined,
  });
}

function header(doc: AdminDocument): Table {
  const left: Paragraph[] = [];
  if (doc.issuer.parent) left.push(para([run(doc.issuer.parent, { size: 12 })], { align: AlignmentType.CENTER, after: 0 }));
  left.push(para([run(doc.issuer.body, { bold: true, size: 12 })], { align: AlignmentType.CENTER, after: 120 }));
  left.push(para([run(doc.number, { size: 13 })], { align: AlignmentType.CENTER, before: 120 }));
  const right = [
    para([run(NATIONAL_TITLE, { bold: true, size: 12 })], { align: AlignmentType.CENTER, after: 0 }),
    para([run(NATIONAL_MOTTO, { bold: true, size: 13 })], { align: AlignmentType.CENTER, after: 120 }),
    para([run(placeAndDate(doc), { italics: true, size: 13 })], { align: AlignmentType.CENTER, before: 120 }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 40, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: left }),
          new TableCell({ width: { size: 60, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: right }),
        ],
      }),
    ],
  });
}

function dataTable(table: DocTable): Table {
  const numeric = table.columns.map((c) => c.format !== 'text' && isNumericColumn(table, c.key));
  const size = table.columns.length > 8 ? 10 : 11;
  const cell = (text: string, i: number, o: { bold?: boolean; head?: boolean } = {}) =>
    new TableCell({
      borders: { top: LINE, bottom: LINE, left: LINE, right: LINE },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      children: [
        new Paragraph({
          alignment: o.head ? AlignmentType.CENTER : numeric[i] ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { after: 0 },
          children: [run(text, { bold: o.bold || o.head, size })],
        }),
      ],
    });
  const rows = [
    new TableRow({ tableHeader: true, children: table.columns.map((c, i) => cell(c.label, i, { head: true })) }),
    ...table.rows.map((r) => new TableRow({ children: table.columns.map((c, i) => cell(formatCell(r[c.key], c.format), i)) })),
  ];
  if (table.totals) {
    const totals = table.totals;
    rows.push(new TableRow({ children: table.columns.map((c, i) => cell(formatCell(totals[c.key], c.format), i, { bold: true })) }));
  }
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

function body(doc: AdminDocument): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const b of doc.blocks) {
    if (b.heading) {
      const level = b.level ?? 1;
      out.push(para([run(b.heading, { bold: true, italics: level === 3 })], { before: level === 1 ? 160 : 100, indent: level > 1 }));
    }
    for (const p of b.paragraphs ?? []) out.push(para(p, { indent: true }));
    for (const p of b.placeholders ?? []) out.push(para([run(p, { italics: true })], { indent: true }));
    if (b.table) {
      if (b.table.caption) out.push(para([run(b.table.caption, { bold: true, size: 12 })], { align: AlignmentType.CENTER, before: 80 }));
      out.push(dataTable(b.table));
      if (b.table.note) out.push(para([run(b.table.note, { italics: true, size: 11 })], { before: 40 }));
      else out.push(para('', { after: 60 }));
    }
  }
  return out;
}

function footer(doc: AdminDocument): Table {
  const left = [
    para([run('Nơi nhận:', { bold: true, italics: true, size: 12 })], { align: AlignmentType.LEFT, after: 0 }),
    ...doc.recipients.map((r) => para([run(`- ${r}`, { size: 11 })], { align: AlignmentType.LEFT, after: 0 })),
  ];
  const right: Paragraph[] = [];
  if (doc.signature.authority) right.push(para([run(doc.signature.authority, { bold: true })], { align: AlignmentType.CENTER, after: 0 }));
  right.push(para([run(doc.signature.position, { bold: true })], { align: AlignmentType.CENTER, after: 0 }));
  right.push(para([run('(Ký, ghi rõ họ tên và đóng dấu)', { italics: true, size: 12 })], { align: AlignmentType.CENTER, after: 1200 }));
  right.push(para([run(doc.signature.name ?? '', { bold: true })], { align: AlignmentType.CENTER }));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: left }),
          new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: right }),
        ],
      }),
    ],
  });
}

export async function renderReportDocx(doc: AdminDocument): Promise<Buffer> {
  const word = new Document({
    creator: 'OCOP Platform',
    title: doc.title,
    description: `${doc.kind} ${doc.title}`,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: {
          page: {
            size: doc.landscape ? { orientation: PageOrientation.LANDSCAPE, ...A4 } : A4,
            margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) },
          },
        },
        children: [
          header(doc),
          para([run(doc.kind, { bold: true, size: 14 })], { align: AlignmentType.CENTER, before: 360, after: 0 }),
          para([run(doc.title, { bold: true, size: 14 })], { align: AlignmentType.CENTER, after: doc.subtitle ? 0 : 240 }),
          ...(doc.subtitle ? [para([run(doc.subtitle, { italics: true })], { align: AlignmentType.CENTER, after: 240 })] : []),
          ...body(doc),
          para('', { after: 120 }),
          footer(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(word);
}
