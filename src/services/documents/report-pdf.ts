import path from 'node:path';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { NATIONAL_MOTTO, NATIONAL_TITLE, formatCell, isNumericColumn, placeAndDate, type AdminDocument, type DocTable } from './admin-document';

/**
 * An AdminDocument as a printable PDF (A4, Decree 30 margins 20/20/30/15 mm), in DejaVu Serif
 * embedded and subset (the font of the certificate), so the Vietnamese diacritics print the
 * same on every machine. Data tables break across pages and repeat their header row.
 */

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const MM = 72 / 25.4;

type Doc = PDFKit.PDFDocument;

interface Frame {
  left: number;
  width: number;
  bottom: number;
  top: number;
}

function ensure(doc: Doc, f: Frame, height: number): void {
  if (doc.y + height > f.bottom) {
    doc.addPage();
    doc.y = f.top;
  }
}

function text(doc: Doc, f: Frame, s: string, o: { font?: string; size?: number; align?: 'left' | 'center' | 'right' | 'justify'; indent?: number; gap?: number } = {}): void {
  doc.font(o.font ?? 'regular').fontSize(o.size ?? 12);
  const h = doc.heightOfString(s, { width: f.width, indent: o.indent });
  ensure(doc, f, Math.min(h, 40));
  doc.text(s, f.left, doc.y, { width: f.width, align: o.align ?? 'justify', indent: o.indent, lineGap: 2 });
  doc.y += o.gap ?? 3;
}

function header(doc: Doc, f: Frame, d: AdminDocument): void {
  const leftW = f.width * 0.42;
  const rightX = f.left + leftW;
  const rightW = f.width - leftW;
  const top = doc.y;
  let y = top;
  doc.fillColor('#000000');
  if (d.issuer.parent) {
    doc.font('regular').fontSize(11).text(d.issuer.parent, f.left, y, { width: leftW, align: 'center' });
    y = doc.y;
  }
  doc.font('bold').fontSize(11).text(d.issuer.body, f.left, y, { width: leftW, align: 'center' });
  y = doc.y + 2;
  doc.moveTo(f.left + leftW / 2 - 25, y).lineTo(f.left + leftW / 2 + 25, y).lineWidth(0.6).stroke();
  doc.font('regular').fontSize(12).text(d.number, f.left, y + 8, { width: leftW, align: 'center' });
  const leftBottom = doc.y;

  doc.font('bold').fontSize(11).text(NATIONAL_TITLE, rightX, top, { width: rightW, align: 'center' });
  doc.font('bold').fontSize(12).text(NATIONAL_MOTTO, rightX, doc.y, { width: rightW, align: 'center' });
  const mottoW = doc.widthOfString(NATIONAL_MOTTO);
  const ly = doc.y + 1;
  doc.moveTo(rightX + (rightW - mottoW) / 2, ly).lineTo(rightX + (rightW + mottoW) / 2, ly).lineWidth(0.6).stroke();
  doc.font('italic').fontSize(12).text(placeAndDate(d), rightX, ly + 8, { width: rightW, align: 'center' });
  doc.y = Math.max(leftBottom, doc.y) + 18;
}

function columnWidths(doc: Doc, t: DocTable, width: number, size: number): number[] {
  doc.font('regular').fontSize(size);
  const want = t.columns.map((c) => {
    const values = t.rows.slice(0, 50).map((r) => formatCell(r[c.key], c.format));
    const longest = Math.max(...values.map((v) => doc.widthOfString(v)), 0);
    const label = Math.min(doc.widthOfString(c.label), 90);
    return Math.max(28, Math.min(180, Math.max(longest, label))) + 8;
  });
  const sum = want.reduce((a, b) => a + b, 0);
  return want.map((w) => (w / sum) * width);
}

function table(doc: Doc, f: Frame, t: DocTable): void {
  const size = t.columns.length > 8 ? 7.5 : 9;
  const widths = columnWidths(doc, t, f.width, size);
  const numeric = t.columns.map((c) => c.format !== 'text' && isNumericColumn(t, c.key));
  const pad = 3;
  const drawRow = (cells: string[], font: string, fill?: string) => {
    doc.font(font).fontSize(size);
    const h = Math.max(...cells.map((s, i) => doc.heightOfString(s, { width: widths[i] - 2 * pad }))) + 2 * pad;
    let x = f.left;
    const y = doc.y;
    if (fill) doc.rect(f.left, y, f.width, h).fillColor(fill).fill();
    doc.fillColor('#000000').lineWidth(0.5);
    cells.forEach((s, i) => {
      doc.rect(x, y, widths[i], h).stroke();
      doc.font(font).fontSize(size).text(s, x + pad, y + pad, { width: widths[i] - 2 * pad, align: font === 'bold' && fill ? 'center' : numeric[i] ? 'right' : 'left' });
      x += widths[i];
    });
    doc.y = y + h;
    return h;
  };
  const head = t.columns.map((c) => c.label);
  const headHeight = () => {
    doc.font('bold').fontSize(size);
    return Math.max(...head.map((s, i) => doc.heightOfString(s, { width: widths[i] - 2 * pad }))) + 2 * pad;
  };
  if (t.caption) {
    ensure(doc, f, headHeight() + 40);
    text(doc, f, t.caption, { font: 'bold', size: 11, align: 'center' });
  }
  ensure(doc, f, headHeight() + 20);
  drawRow(head, 'bold', '#eeeeee');
  const rows = t.rows.map((r) => ({ cells: t.columns.map((c) => formatCell(r[c.key], c.format)), font: 'regular' }));
  if (t.totals) rows.push({ cells: t.columns.map((c) => formatCell(t.totals![c.key], c.format)), font: 'bold' });
  for (const r of rows) {
    doc.font(r.font).fontSize(size);
    const h = Math.max(...r.cells.map((s, i) => doc.heightOfString(s, { width: widths[i] - 2 * pad }))) + 2 * pad;
    if (doc.y + h > f.bottom) {
      doc.addPage();
      doc.y = f.top;
      drawRow(head, 'bold', '#eeeeee');
    }
    drawRow(r.cells, r.font);
  }
  doc.y += 4;
  if (t.note) text(doc, f, t.note, { font: 'italic', size: 9, align: 'left' });
  doc.y += 6;
}

function footer(doc: Doc, f: Frame, d: AdminDocument): void {
  const half = f.width / 2;
  ensure(doc, f, 150);
  doc.y += 10;
  const top = doc.y;
  doc.font('boldItalic').fontSize(11).text('Nơi nhận:', f.left, top, { width: half });
  doc.font('regular').fontSize(10);
  for (const r of d.recipients) doc.text(`- ${r}`, f.left, doc.y, { width: half - 10 });
  const leftBottom = doc.y;
  let y = top;
  const right = f.left + half;
  if (d.signature.authority) {
    doc.font('bold').fontSize(12).text(d.signature.authority, right, y, { width: half, align: 'center' });
    y = doc.y;
  }
  doc.font('bold').fontSize(12).text(d.signature.position, right, y, { width: half, align: 'center' });
  doc.font('italic').fontSize(10).text('(Ký, ghi rõ họ tên và đóng dấu)', right, doc.y, { width: half, align: 'center' });
  if (d.signature.name) doc.font('bold').fontSize(12).text(d.signature.name, right, doc.y + 60, { width: half, align: 'center' });
  doc.y = Math.max(leftBottom, doc.y);
}

export function renderReportPdf(d: AdminDocument, opts: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: d.landscape ? 'landscape' : 'portrait',
    margins: { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM },
    compress: opts.compress ?? true,
    bufferPages: true,
    info: { Title: `${d.kind} ${d.title}`, Author: d.issuer.body, Creator: 'OCOP Platform' },
  });
  doc.registerFont('regular', path.join(FONT_DIR, 'DejaVuSerif.ttf'));
  doc.registerFont('bold', path.join(FONT_DIR, 'DejaVuSerif-Bold.ttf'));
  doc.registerFont('italic', path.join(FONT_DIR, 'DejaVuSerif-Italic.ttf'));
  doc.registerFont('boldItalic', path.join(FONT_DIR, 'DejaVuSerif-BoldItalic.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const f: Frame = {
    left: doc.page.margins.left,
    width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
    top: doc.page.margins.top,
    bottom: doc.page.height - doc.page.margins.bottom,
  };
  doc.y = f.top;
  header(doc, f, d);
  text(doc, f, d.kind, { font: 'bold', size: 14, align: 'center', gap: 0 });
  text(doc, f, d.title, { font: 'bold', size: 13, align: 'center', gap: d.subtitle ? 0 : 12 });
  if (d.subtitle) text(doc, f, d.subtitle, { font: 'italic', size: 11, align: 'center', gap: 12 });
  for (const b of d.blocks) {
    if (b.heading) {
      ensure(doc, f, 60);
      text(doc, f, b.heading, { font: (b.level ?? 1) === 3 ? 'boldItalic' : 'bold', size: 12, align: 'left', indent: (b.level ?? 1) > 1 ? 20 : 0 });
    }
    for (const p of b.paragraphs ?? []) text(doc, f, p, { indent: 20 });
    for (const p of b.placeholders ?? []) text(doc, f, p, { font: 'italic', indent: 20 });
    if (b.table) table(doc, f, b.table);
  }
  footer(doc, f, d);
  // Page numbers, centred at the top from page 2 on (Decree 30).
  const range = doc.bufferedPageRange();
  for (let i = 1; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.font('regular').fontSize(11).text(String(i + 1), f.left, 10 * MM, { width: f.width, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}
